using System.Globalization;
using System.Text;
using Portal.Search;

namespace Portal.Benchmarks;

/// <summary>One search as a visitor sends it: the same definition drives the engine run and the HTTP runs.</summary>
internal sealed record BenchQuery(
    string Text,
    string[]? Kinds = null,
    string[]? Prefectures = null,
    string[]? Chains = null,
    decimal? MinAvailableMu = null,
    decimal? MaxPowerPriceYuanPerKwh = null,
    bool InForce = false,
    string Sort = "relevance",
    int Page = 1)
{
    public SearchQuery ToSearchQuery(DateOnly today) => new()
    {
        Text = Text,
        Kinds = [.. (Kinds ?? []).Select(code => SearchKinds.TryParse(code, out var kind) ? kind : throw new ArgumentException(code))],
        Prefectures = Prefectures ?? [],
        Chains = Chains ?? [],
        MinAvailableMu = MinAvailableMu,
        MaxPowerPriceYuanPerKwh = MaxPowerPriceYuanPerKwh,
        InForceOnly = InForce,
        Today = today,
        Sort = Sort == "newest" ? SearchSort.Newest : SearchSort.Relevance,
        Page = Page,
        PageSize = 20,
    };

    /// <summary>The <c>GET /api/search</c> path and query string, percent-encoded.</summary>
    public string ToPath()
    {
        var query = new StringBuilder("/api/search?q=").Append(Uri.EscapeDataString(Text));
        foreach (var kind in Kinds ?? [])
        {
            query.Append("&kind=").Append(kind);
        }

        foreach (var prefecture in Prefectures ?? [])
        {
            query.Append("&prefecture=").Append(prefecture);
        }

        foreach (var chain in Chains ?? [])
        {
            query.Append("&chain=").Append(chain);
        }

        if (MinAvailableMu is { } mu)
        {
            query.Append("&minAvailableMu=").Append(mu.ToString(CultureInfo.InvariantCulture));
        }

        if (MaxPowerPriceYuanPerKwh is { } power)
        {
            query.Append("&maxPowerPriceYuanPerKwh=").Append(power.ToString(CultureInfo.InvariantCulture));
        }

        if (InForce)
        {
            query.Append("&inForce=true");
        }

        if (Sort != "relevance")
        {
            query.Append("&sort=").Append(Sort);
        }

        if (Page != 1)
        {
            query.Append("&page=").Append(Page.ToString(CultureInfo.InvariantCulture));
        }

        return query.ToString();
    }
}

/// <summary>
/// The queries of the benchmark: Chinese words and phrases, pinyin and pinyin initials, place names,
/// with and without filters, facets always counted (every search counts them).
/// </summary>
internal static class QueryMix
{
    /// <summary>What visitors type: chain and product words, places, pinyin, initials, multi-word.</summary>
    public static readonly string[] Texts =
    [
        "新能源电池", "绿色铝", "锂电", "锂电池", "光伏", "光伏组件", "有机硅", "工业硅", "生物医药", "三七",
        "电解铝", "储能电池", "磷酸铁锂", "正极材料", "装备制造", "普洱茶", "咖啡", "冷链物流", "康养", "旅游度假区",
        "招商引资", "工业用地", "电价", "设备补助", "所得税", "标准厂房", "产业发展基金", "高新技术产业开发区", "综合保税区", "变电站",
        "曲靖 光伏", "昆明 生物医药", "玉溪 新材料", "楚雄 绿色硅", "红河 有色金属", "大理 文化旅游", "保山 绿色硅", "昭通 水电铝",
        "guangfu", "lvl", "xinnengyuan", "youjigui", "shengwuyiyao", "gf", "xny", "qujing", "kunming", "chuneng",
        "绿色电力", "南亚东南亚", "中老铁路", "一站式", "人才公寓",
    ];

    /// <summary>
    /// Products of the synthetic catalogue that <see cref="Texts"/> does not search: the uncached runs' warm-up
    /// (JIT, the search path's first calls) searches these, so that it fills no match set the run then uses.
    /// </summary>
    public static readonly string[] WarmUpTexts =
    [
        "铝箔", "多晶硅", "硅橡胶", "逆变器", "电解液", "碳纤维", "煤制甲醇", "数控机床", "食用菌", "研学基地", "核桃乳", "智能终端",
    ];

    /// <summary>The fixed mix of the engine run (each worker cycles through it).</summary>
    public static IReadOnlyList<BenchQuery> Fixed { get; } =
    [
        new("新能源电池"),
        new("绿色铝"),
        new("锂电"),
        new("lvl"),
        new("guangfu"),
        new("曲靖 光伏"),
        new("招商引资", Kinds: ["policy"], InForce: true),
        new("工业用地", Kinds: ["park"], MinAvailableMu: 1000, MaxPowerPriceYuanPerKwh: 0.35m),
        new("光伏", Prefectures: ["qujing"]),
        new("生物医药", Prefectures: ["kunming", "yuxi"], Chains: ["biomedicine"]),
        new("", Chains: ["green-aluminium"], Sort: "newest"),
        new("", Prefectures: ["dali"], Kinds: ["project"]),
        new("新能源电池", Page: 3),
        new("电解铝 项目", Sort: "newest"),
        new("xny"),
        new("储能", Chains: ["new-energy-battery", "photovoltaic"]),
    ];

    /// <summary>
    /// Many distinct searches (text × prefecture × kind × sort × in force × page), shuffled: for the uncached
    /// HTTP run, where no search may repeat while the run lasts (43,248: more than a fast run makes).
    /// </summary>
    public static IReadOnlyList<BenchQuery> Distinct(int count, int seed = 7, IReadOnlyList<string>? texts = null)
    {
        string?[] prefectures = [null, .. SyntheticCatalogue.Prefectures.Select(p => p.Slug)];
        string?[] kinds = [null, "park", "policy", "project"];
        string[] sorts = ["relevance", "newest"];
        var all = new List<BenchQuery>();
        foreach (var text in texts ?? Texts)
        {
            foreach (var prefecture in prefectures)
            {
                foreach (var kind in kinds)
                {
                    foreach (var sort in sorts)
                    {
                        foreach (var inForce in (bool[])[false, true])
                        {
                            for (var page = 1; page <= 3; page++)
                            {
                                all.Add(new BenchQuery(
                                    text,
                                    Kinds: kind is null ? null : [kind],
                                    Prefectures: prefecture is null ? null : [prefecture],
                                    InForce: inForce,
                                    Sort: sort,
                                    Page: page));
                            }
                        }
                    }
                }
            }
        }

        var random = new Random(seed);
        var shuffled = all.ToArray();
        random.Shuffle(shuffled);
        return shuffled.Take(count).ToArray();
    }
}
