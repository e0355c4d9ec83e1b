namespace Portal.Tenancy.Seeding;

/// <summary>The 16 prefecture-level divisions of Yunnan (GB/T 2260 codes), the portal's tenants.</summary>
internal static class YunnanPrefectures
{
    public static IReadOnlyList<(string Slug, string Code, string Name, string NameEn)> All { get; } =
    [
        ("kunming", "530100", "昆明市", "Kunming"),
        ("qujing", "530300", "曲靖市", "Qujing"),
        ("yuxi", "530400", "玉溪市", "Yuxi"),
        ("baoshan", "530500", "保山市", "Baoshan"),
        ("zhaotong", "530600", "昭通市", "Zhaotong"),
        ("lijiang", "530700", "丽江市", "Lijiang"),
        ("puer", "530800", "普洱市", "Pu'er"),
        ("lincang", "530900", "临沧市", "Lincang"),
        ("chuxiong", "532300", "楚雄彝族自治州", "Chuxiong"),
        ("honghe", "532500", "红河哈尼族彝族自治州", "Honghe"),
        ("wenshan", "532600", "文山壮族苗族自治州", "Wenshan"),
        ("xishuangbanna", "532800", "西双版纳傣族自治州", "Xishuangbanna"),
        ("dali", "532900", "大理白族自治州", "Dali"),
        ("dehong", "533100", "德宏傣族景颇族自治州", "Dehong"),
        ("nujiang", "533300", "怒江傈僳族自治州", "Nujiang"),
        ("diqing", "533400", "迪庆藏族自治州", "Diqing"),
    ];
}
