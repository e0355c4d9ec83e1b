namespace Portal.Inquiries.Domain.Enterprises;

/// <summary>
/// The 34 provincial-level divisions, for an investor's home province. Only investors from outside
/// Yunnan count as 引进省外 in the bureau's statistics, hence <see cref="IsOutsideYunnan"/>.
/// </summary>
internal static class Provinces
{
    public const string YunnanCode = "530000";

    public static IReadOnlyList<Province> All { get; } =
    [
        new("110000", "北京市", "北京", "Beijing"),
        new("120000", "天津市", "天津", "Tianjin"),
        new("130000", "河北省", "河北", "Hebei"),
        new("140000", "山西省", "山西", "Shanxi"),
        new("150000", "内蒙古自治区", "内蒙古", "Inner Mongolia"),
        new("210000", "辽宁省", "辽宁", "Liaoning"),
        new("220000", "吉林省", "吉林", "Jilin"),
        new("230000", "黑龙江省", "黑龙江", "Heilongjiang"),
        new("310000", "上海市", "上海", "Shanghai"),
        new("320000", "江苏省", "江苏", "Jiangsu"),
        new("330000", "浙江省", "浙江", "Zhejiang"),
        new("340000", "安徽省", "安徽", "Anhui"),
        new("350000", "福建省", "福建", "Fujian"),
        new("360000", "江西省", "江西", "Jiangxi"),
        new("370000", "山东省", "山东", "Shandong"),
        new("410000", "河南省", "河南", "Henan"),
        new("420000", "湖北省", "湖北", "Hubei"),
        new("430000", "湖南省", "湖南", "Hunan"),
        new("440000", "广东省", "广东", "Guangdong"),
        new("450000", "广西壮族自治区", "广西", "Guangxi"),
        new("460000", "海南省", "海南", "Hainan"),
        new("500000", "重庆市", "重庆", "Chongqing"),
        new("510000", "四川省", "四川", "Sichuan"),
        new("520000", "贵州省", "贵州", "Guizhou"),
        new(YunnanCode, "云南省", "云南", "Yunnan"),
        new("540000", "西藏自治区", "西藏", "Xizang (Tibet)"),
        new("610000", "陕西省", "陕西", "Shaanxi"),
        new("620000", "甘肃省", "甘肃", "Gansu"),
        new("630000", "青海省", "青海", "Qinghai"),
        new("640000", "宁夏回族自治区", "宁夏", "Ningxia"),
        new("650000", "新疆维吾尔自治区", "新疆", "Xinjiang"),
        new("710000", "台湾省", "台湾", "Taiwan"),
        new("810000", "香港特别行政区", "香港", "Hong Kong"),
        new("820000", "澳门特别行政区", "澳门", "Macao"),
    ];

    private static readonly Dictionary<string, Province> ByName = BuildNameIndex();

    private static readonly Dictionary<string, Province> ByCode = All.ToDictionary(p => p.Code, StringComparer.Ordinal);

    /// <summary>By full name (广东省), short name (广东), English name (any case) or 6-digit code; null when none matches.</summary>
    public static Province? Find(string? nameOrCode)
    {
        if (string.IsNullOrWhiteSpace(nameOrCode))
        {
            return null;
        }

        var key = FullWidth.ToHalfWidth(nameOrCode).Trim();
        return ByName.GetValueOrDefault(key) ?? ByCode.GetValueOrDefault(key);
    }

    /// <summary>Like <see cref="Find"/>, with the reason when nothing matches.</summary>
    public static bool TryParse(
        string? nameOrCode,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Province? province,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out EnterpriseViolation? violation)
    {
        province = Find(nameOrCode);
        violation = province is not null ? null
            : string.IsNullOrWhiteSpace(nameOrCode) ? new EnterpriseViolation("province.required", "ProvinceRequired")
            : new EnterpriseViolation("province.unknown", "ProvinceUnknown", nameOrCode.Trim());
        return province is not null;
    }

    /// <summary>The province a 6-digit administrative division code lies in (530100 → 云南省).</summary>
    public static Province? FindByDivisionCode(string? divisionCode) =>
        divisionCode is { Length: 6 } && divisionCode.All(char.IsAsciiDigit)
            ? ByCode.GetValueOrDefault(divisionCode[..2] + "0000")
            : null;

    /// <summary>
    /// True for a known province other than Yunnan. An unknown name is not "outside": a project counts
    /// as brought in from another province only when that province is known.
    /// </summary>
    public static bool IsOutsideYunnan(string? nameOrCode) =>
        Find(nameOrCode) is { } province && province.Code != YunnanCode;

    private static Dictionary<string, Province> BuildNameIndex()
    {
        var index = new Dictionary<string, Province>(StringComparer.OrdinalIgnoreCase);
        foreach (var province in All)
        {
            index[province.Name] = province;
            index[province.ShortName] = province;
            index[province.NameEn] = province;
        }

        index["Tibet"] = index["西藏"];
        index["Xizang"] = index["西藏"];
        index["Macau"] = index["澳门"];
        return index;
    }
}
