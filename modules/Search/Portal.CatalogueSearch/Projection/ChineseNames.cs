using Portal.Catalogue.Contracts;

namespace Portal.CatalogueSearch.Projection;

/// <summary>
/// The Chinese words people type for the catalogue's codes (经开区, 国家级, 电价 …), indexed as keywords
/// so that 高新区 finds a <c>high-tech-zone</c> park. Unknown codes index as themselves.
/// </summary>
internal static class ChineseNames
{
    private static readonly Dictionary<string, string[]> ParkKindNames = new(StringComparer.Ordinal)
    {
        [ParkKinds.EconomicDevelopmentZone] = ["经济技术开发区", "经开区", "开发区"],
        [ParkKinds.HighTechZone] = ["高新技术产业开发区", "高新区"],
        [ParkKinds.ComprehensiveBondedZone] = ["综合保税区", "综保区", "保税区"],
        [ParkKinds.IndustrialPark] = ["工业园区", "工业园"],
        [ParkKinds.IndustryCluster] = ["产业园"],
    };

    private static readonly Dictionary<string, string[]> LevelNames = new(StringComparer.Ordinal)
    {
        [CatalogueLevels.National] = ["国家级"],
        [CatalogueLevels.Provincial] = ["省级"],
        [CatalogueLevels.Prefecture] = ["州市级", "市级"],
        [CatalogueLevels.County] = ["县级"],
        [CatalogueLevels.Park] = ["园区级"],
    };

    private static readonly Dictionary<string, string[]> IncentiveNames = new(StringComparer.Ordinal)
    {
        [IncentiveKinds.Land] = ["用地", "土地"],
        [IncentiveKinds.Tax] = ["税收", "税收优惠"],
        [IncentiveKinds.Power] = ["电价", "用电"],
        [IncentiveKinds.Subsidy] = ["补助", "设备补贴"],
        [IncentiveKinds.Talent] = ["人才"],
        [IncentiveKinds.Financing] = ["融资", "金融"],
    };

    private static readonly Dictionary<string, string[]> CooperationNames = new(StringComparer.Ordinal)
    {
        [CooperationModes.Sole] = ["独资"],
        [CooperationModes.JointVenture] = ["合资"],
        [CooperationModes.Cooperation] = ["合作"],
        [CooperationModes.Other] = [],
    };

    public static IEnumerable<string> ParkKind(string code) => Names(ParkKindNames, code);

    public static IEnumerable<string> Level(string code) => Names(LevelNames, code);

    public static IEnumerable<string> Incentive(string code) => Names(IncentiveNames, code);

    public static IEnumerable<string> Cooperation(string code) => Names(CooperationNames, code);

    /// <summary>What each kind of item is called, so that 政策 or 项目 narrows by words as well as by the filter.</summary>
    public static string ItemKind(string kind) => kind switch
    {
        CatalogueItemKinds.Park => "园区",
        CatalogueItemKinds.Policy => "优惠政策",
        CatalogueItemKinds.Project => "招商项目",
        _ => kind,
    };

    private static string[] Names(Dictionary<string, string[]> names, string code) =>
        names.TryGetValue(code, out var found) ? found : [code];
}
