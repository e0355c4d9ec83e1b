namespace Portal.Search.Chinese;

/// <summary>
/// Prefecture names as people write them: 曲靖市 is also 曲靖, 红河哈尼族彝族自治州 is also 红河.
/// Engines index every form so that either matches.
/// </summary>
public static class PrefectureNames
{
    private static readonly string[] AdministrativeSuffixes = ["自治州", "自治县", "自治区", "地区", "市", "州", "县", "区"];

    // The 55 recognised minority nationalities, longest first so 哈尼 wins over a shorter match.
    private static readonly string[] Nationalities =
    [
        .. new[]
        {
            "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
            "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬",
            "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
            "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
        }.OrderByDescending(name => name.Length),
    ];

    /// <summary>The name without its administrative suffix and nationality part: 曲靖市 → 曲靖, 西双版纳傣族自治州 → 西双版纳.</summary>
    public static string ShortName(string name)
    {
        var rest = name.Trim();
        foreach (var suffix in AdministrativeSuffixes)
        {
            if (rest.Length > suffix.Length + 1 && rest.EndsWith(suffix, StringComparison.Ordinal))
            {
                rest = rest[..^suffix.Length];
                break;
            }
        }

        // 红河哈尼族彝族 → 红河: peel "<nationality>族" groups off the end.
        var peeled = true;
        while (peeled && rest.EndsWith('族'))
        {
            peeled = false;
            foreach (var nationality in Nationalities)
            {
                var group = nationality + "族";
                if (rest.Length > group.Length + 1 && rest.EndsWith(group, StringComparison.Ordinal))
                {
                    rest = rest[..^group.Length];
                    peeled = true;
                    break;
                }
            }
        }

        return rest;
    }

    /// <summary>
    /// Every form the name is matched by: the full name, its short name and, for an autonomous prefecture,
    /// the everyday short form with 州 (红河州, 大理州); one entry when they are all equal.
    /// </summary>
    public static IReadOnlyList<string> Forms(string name)
    {
        var full = name.Trim();
        if (full.Length == 0)
        {
            return [];
        }

        var shortName = ShortName(full);
        if (shortName == full)
        {
            return [full];
        }

        return full.EndsWith("自治州", StringComparison.Ordinal) ? [full, shortName, shortName + "州"] : [full, shortName];
    }
}
