using Portal.Search;

namespace Portal.Benchmarks;

/// <summary>One of the 16 prefectures of Yunnan, with a few of its counties for realistic text.</summary>
internal sealed record Prefecture(string Slug, string Code, string Name, string NameEn, string[] Counties)
{
    public Guid TenantId { get; set; } = Guid.NewGuid();

    /// <summary>The name without 市 or the autonomous-prefecture suffix, as people type it (曲靖, 大理).</summary>
    public string ShortName => Name.Length > 2 && Name.EndsWith('市') ? Name[..^1] : Name[..2];
}

/// <summary>
/// Generates realistic published catalogue documents: parks, policies and projects spread over the 16
/// prefectures and the 16 industry chains, with Chinese titles and bodies built from vocabularies.
/// Deterministic for a given seed, so every run indexes the same corpus.
/// </summary>
internal sealed class SyntheticCatalogue(int seed = 20261125)
{
    public static readonly Prefecture[] Prefectures =
    [
        new("kunming", "530100", "昆明市", "Kunming", ["五华区", "官渡区", "呈贡区", "安宁市", "嵩明县"]),
        new("qujing", "530300", "曲靖市", "Qujing", ["麒麟区", "沾益区", "马龙区", "宣威市", "陆良县"]),
        new("yuxi", "530400", "玉溪市", "Yuxi", ["红塔区", "江川区", "澄江市", "通海县", "华宁县"]),
        new("baoshan", "530500", "保山市", "Baoshan", ["隆阳区", "施甸县", "龙陵县", "昌宁县", "腾冲市"]),
        new("zhaotong", "530600", "昭通市", "Zhaotong", ["昭阳区", "鲁甸县", "巧家县", "盐津县", "水富市"]),
        new("lijiang", "530700", "丽江市", "Lijiang", ["古城区", "玉龙县", "永胜县", "华坪县", "宁蒗县"]),
        new("puer", "530800", "普洱市", "Pu'er", ["思茅区", "宁洱县", "墨江县", "景东县", "澜沧县"]),
        new("lincang", "530900", "临沧市", "Lincang", ["临翔区", "凤庆县", "云县", "永德县", "耿马县"]),
        new("chuxiong", "532300", "楚雄彝族自治州", "Chuxiong", ["楚雄市", "禄丰市", "牟定县", "南华县", "武定县"]),
        new("honghe", "532500", "红河哈尼族彝族自治州", "Honghe", ["蒙自市", "个旧市", "开远市", "弥勒市", "建水县"]),
        new("wenshan", "532600", "文山壮族苗族自治州", "Wenshan", ["文山市", "砚山县", "马关县", "丘北县", "富宁县"]),
        new("xishuangbanna", "532800", "西双版纳傣族自治州", "Xishuangbanna", ["景洪市", "勐海县", "勐腊县"]),
        new("dali", "532900", "大理白族自治州", "Dali", ["大理市", "祥云县", "宾川县", "弥渡县", "鹤庆县"]),
        new("dehong", "533100", "德宏傣族景颇族自治州", "Dehong", ["芒市", "瑞丽市", "盈江县", "陇川县", "梁河县"]),
        new("nujiang", "533300", "怒江傈僳族自治州", "Nujiang", ["泸水市", "福贡县", "贡山县", "兰坪县"]),
        new("diqing", "533400", "迪庆藏族自治州", "Diqing", ["香格里拉市", "德钦县", "维西县"]),
    ];

    /// <summary>The industry-chain taxonomy the portal seeds (codes are the API's), with products for titles.</summary>
    public static readonly (string Code, string Name, string[] Products)[] Chains =
    [
        ("green-aluminium", "绿色铝", ["电解铝", "铝合金压铸件", "铝箔", "再生铝", "汽车轻量化铝材"]),
        ("green-silicon", "绿色硅", ["工业硅", "多晶硅", "单晶硅棒", "硅片"]),
        ("organic-silicon", "有机硅", ["有机硅单体", "硅橡胶", "硅油", "气相白炭黑"]),
        ("photovoltaic", "光伏", ["光伏组件", "电池片", "光伏玻璃", "逆变器", "光伏支架"]),
        ("new-energy-battery", "新能源电池", ["磷酸铁锂正极材料", "锂电池", "储能电池", "电解液", "负极材料", "隔膜"]),
        ("new-materials", "新材料", ["稀贵金属材料", "锗材料", "碳纤维", "石墨烯"]),
        ("coal-chemicals", "新型煤化工", ["煤制甲醇", "煤制烯烃", "焦化副产品"]),
        ("fine-chemicals", "精细化工", ["磷化工产品", "食品级磷酸", "电子级化学品"]),
        ("biomedicine", "生物医药", ["中药饮片", "三七制剂", "生物疫苗", "医疗器械"]),
        ("equipment-manufacturing", "装备制造", ["电力装备", "数控机床", "轨道交通装备", "农机装备"]),
        ("advanced-manufacturing", "先进制造", ["电子元器件", "新能源汽车零部件", "智能终端"]),
        ("food-processing", "高端食品加工", ["普洱茶", "咖啡精深加工", "鲜花饼", "核桃乳"]),
        ("plateau-agriculture", "高原特色现代农业", ["高原蔬菜", "食用菌", "花卉种苗", "中药材种植"]),
        ("logistics", "现代商贸物流", ["冷链物流中心", "跨境电商仓储", "陆港物流园"]),
        ("health-elderly-care", "健康养老", ["康养社区", "温泉康养", "医养结合中心"]),
        ("cultural-tourism", "文化旅游", ["旅游度假区", "民族文化街区", "研学基地"]),
    ];

    private static readonly string[] ParkSuffixes = ["产业园", "工业园区", "产业集聚区", "经济技术开发区", "高新技术产业开发区", "综合保税区"];
    private static readonly string[] Levels = ["national", "provincial", "prefecture", "county", "park"];
    private static readonly string[] LevelNames = ["国家级", "省级", "州市级", "县级", "园区级"];
    private static readonly string[] PolicyPatterns =
    [
        "{0}关于支持{1}产业高质量发展的若干措施",
        "{0}{1}产业招商引资优惠政策",
        "{0}促进{1}全产业链发展的实施意见",
        "{0}工业用地和电价支持{1}项目落地的办法",
        "{0}加快{1}重点项目建设奖励办法",
    ];

    private static readonly string[] Sentences =
    [
        "园区依托云南丰富的水电、风电和光伏资源，绿色电力占比超过百分之八十五。",
        "{p}位于{c}，距高速公路出口约{n}公里，铁路专用线直通园区。",
        "重点发展{chain}产业，已形成从{product}到终端应用的完整链条。",
        "对新引进的{chain}项目，按固定资产投资额给予最高{n}%的设备补助。",
        "工业用地采取弹性年期出让，标准厂房可先租后售，租金前三年减半。",
        "入驻企业可享受西部大开发企业所得税15%优惠税率。",
        "园区已建成{n}千伏变电站，供电可靠率达到99.9%，供水、供气管网全覆盖。",
        "{p}设立{chain}产业发展基金，规模{n}亿元，支持龙头企业和配套企业落地。",
        "对年产{n}万吨以上的{product}项目，优先保障能耗指标和用地指标。",
        "人才公寓、子女入学和医疗服务由园区管委会统一协调。",
        "项目审批实行“一站式”服务，承诺制审批项目{n}个工作日内完成。",
        "面向南亚东南亚市场，通过中老铁路和沿边口岸拓展出口。",
    ];

    private readonly Random random = new(seed);

    public IEnumerable<SearchDocument> Generate(int count)
    {
        var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        for (var i = 0; i < count; i++)
        {
            var prefecture = Prefectures[i % Prefectures.Length];
            var chain = Chains[random.Next(Chains.Length)];
            var second = Chains[random.Next(Chains.Length)];
            var county = Pick(prefecture.Counties);
            var product = Pick(chain.Products);
            var kindRoll = random.Next(10);
            var kind = kindRoll < 3 ? SearchKind.Park : kindRoll < 6 ? SearchKind.Policy : SearchKind.Project;
            var levelIndex = random.Next(Levels.Length);
            var id = Guid.NewGuid();
            var title = kind switch
            {
                SearchKind.Park => $"{prefecture.ShortName}{county}{chain.Name}{Pick(ParkSuffixes)}（{(i / Prefectures.Length % 9) + 1}区）",
                SearchKind.Policy => string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(PolicyPatterns), prefecture.Name, chain.Name),
                _ => $"{county}年产{random.Next(1, 60)}万吨{product}项目",
            };
            var body = string.Join("", Enumerable.Range(0, random.Next(4, 8)).Select(_ => Sentence(prefecture, county, chain.Name, product)));
            var published = start.AddMinutes(random.Next(0, 3 * 365 * 24 * 60));
            var effectiveFrom = DateOnly.FromDateTime(published.Date);
            yield return new SearchDocument
            {
                Kind = kind,
                ItemId = id,
                TenantId = prefecture.TenantId,
                Prefecture = prefecture.Slug,
                PrefectureName = prefecture.Name,
                PrefectureNameEn = prefecture.NameEn,
                Title = title,
                Keywords = [county, chain.Name, second.Name, kind == SearchKind.Project ? "招商项目" : LevelNames[levelIndex]],
                Body = body,
                Chains = chain.Code == second.Code ? [chain.Code] : [chain.Code, second.Code],
                Level = kind == SearchKind.Project ? null : Levels[levelIndex],
                AvailableLandMu = kind == SearchKind.Park ? random.Next(50, 8000) : null,
                LandPriceWanPerMu = kind == SearchKind.Park ? Math.Round(8m + (decimal)random.NextDouble() * 30m, 1) : null,
                PowerPriceYuanPerKwh = kind == SearchKind.Park ? Math.Round(0.25m + (decimal)random.NextDouble() * 0.2m, 3) : null,
                InvestmentWan = kind == SearchKind.Project ? random.Next(5_000, 500_000) : null,
                EffectiveFrom = kind == SearchKind.Policy ? effectiveFrom : null,
                EffectiveTo = kind == SearchKind.Policy ? effectiveFrom.AddYears(random.Next(1, 6)) : null,
                PublishedAt = published,
                Url = $"/t/{prefecture.Slug}/{(kind switch { SearchKind.Park => "parks", SearchKind.Policy => "policies", _ => "projects" })}/{id}",
            };
        }
    }

    private string Sentence(Prefecture prefecture, string county, string chain, string product) =>
        Pick(Sentences)
            .Replace("{p}", prefecture.Name, StringComparison.Ordinal)
            .Replace("{c}", county, StringComparison.Ordinal)
            .Replace("{chain}", chain, StringComparison.Ordinal)
            .Replace("{product}", product, StringComparison.Ordinal)
            .Replace("{n}", random.Next(3, 120).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];
}
