namespace Portal.Search.Chinese;

/// <summary>
/// The industry synonym list the search module seeds for the host to edit: each group holds terms an
/// enterprise uses interchangeably. Kept to real equivalences of the catalogue's industry chains;
/// a broader term (铝) is left out where it would drag in unrelated items. A few English words let a
/// foreign visitor reach the Chinese catalogue.
/// </summary>
public static class DefaultSynonyms
{
    public static IReadOnlyList<IReadOnlyList<string>> Groups { get; } =
    [
        ["新能源电池", "锂电池", "锂电", "动力电池", "储能电池", "锂离子电池", "battery", "batteries"],
        ["光伏", "太阳能", "光伏发电", "photovoltaic", "solar"],
        ["绿色铝", "绿铝", "电解铝", "铝精深加工", "aluminium", "aluminum"],
        ["铝箔", "铝板带箔", "电池铝箔"],
        ["绿色硅", "工业硅", "多晶硅", "单晶硅", "silicon"],
        ["有机硅", "硅材料", "硅橡胶"],
        ["生物医药", "医药", "制药", "生物制药", "创新药", "biomedicine", "pharmaceutical"],
        ["文化旅游", "文旅", "旅游", "tourism"],
        ["现代商贸物流", "商贸物流", "物流", "仓储物流", "logistics"],
        ["健康养老", "康养", "养老", "健康服务"],
        ["清洁能源", "绿电", "绿色电力", "水电", "绿色能源"],
        ["高原特色现代农业", "高原特色农业", "特色农业", "农业"],
        ["高端食品加工", "食品加工", "食品", "农产品加工"],
        ["装备制造", "装备", "机械制造"],
        ["先进制造", "智能制造", "高端制造"],
        ["新型煤化工", "煤化工"],
        ["精细化工", "化工新材料"],
        ["新材料", "先进材料", "稀贵金属"],
        ["综合保税区", "综保区", "保税区"],
        ["经济技术开发区", "经开区", "开发区"],
        ["高新技术产业开发区", "高新区"],
        ["中老铁路", "中老昆万铁路", "China-Laos railway"],
        ["用地", "土地", "工业用地", "标准地"],
        ["电价", "用电价格", "电力价格", "电费"],
        ["优惠政策", "扶持政策", "奖补", "补助", "补贴"],
    ];
}
