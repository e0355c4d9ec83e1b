namespace Portal.CatalogueSearch.Synonyms;

/// <summary>
/// The list a new portal starts with, once (the host edits it afterwards): words investors type for
/// the province's industry chains and incentives.
/// </summary>
internal static class SeedSynonyms
{
    public static IReadOnlyList<IReadOnlyList<string>> Groups { get; } =
    [
        ["新能源电池", "锂电池", "锂电", "动力电池", "储能电池"],
        ["光伏", "太阳能", "光伏发电"],
        ["绿色铝", "电解铝", "铝产业", "铝加工"],
        ["绿色硅", "工业硅", "多晶硅", "单晶硅"],
        ["生物医药", "医药", "制药", "生物制药"],
        ["装备制造", "机械制造", "设备制造"],
        ["高端食品加工", "食品加工", "食品"],
        ["高原特色现代农业", "高原特色农业", "特色农业"],
        ["现代商贸物流", "物流", "商贸物流"],
        ["文化旅游", "文旅", "旅游"],
        ["健康养老", "康养", "养老"],
        ["综合保税区", "综保区", "保税区"],
        ["经济技术开发区", "经开区"],
        ["高新技术产业开发区", "高新区"],
        ["电价", "用电价格", "电费"],
    ];
}
