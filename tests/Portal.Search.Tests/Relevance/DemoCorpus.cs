using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Search.Tests.Relevance;

/// <summary>
/// The demo catalogue (modules/Catalogue/…/Seeding/DemoCatalogue.json, linked into the test output) projected
/// to search documents the way the search module is expected to: titles, keywords from county, issuer,
/// document number, kind, level, chain and incentive names, plain-text bodies. Test-only mapping.
/// Province-level policies are kept once (under their first prefecture, Kunming when every prefecture
/// publishes them) rather than once per publishing prefecture, so that judgments list each text once.
/// </summary>
public static partial class DemoCorpus
{
    // Lazy: the lookup tables below must be initialised before the file is mapped.
    private static readonly Lazy<List<SearchDocument>> Loaded = new(Load);

    public static IReadOnlyList<SearchDocument> Documents => Loaded.Value;

    /// <summary>Finds a document by its exact title; a typo in a judgment fails loudly.</summary>
    public static SearchDocument ByTitle(string title) =>
        Documents.SingleOrDefault(document => document.Title == title)
        ?? throw new KeyNotFoundException($"No demo document titled {title}.");

    public static readonly IReadOnlyDictionary<string, (Guid Tenant, string Name, string NameEn)> Prefectures =
        new Dictionary<string, (Guid, string, string)>
        {
            ["kunming"] = (TenantOf(530100), "昆明市", "Kunming"),
            ["qujing"] = (TenantOf(530300), "曲靖市", "Qujing"),
            ["yuxi"] = (TenantOf(530400), "玉溪市", "Yuxi"),
            ["baoshan"] = (TenantOf(530500), "保山市", "Baoshan"),
            ["zhaotong"] = (TenantOf(530600), "昭通市", "Zhaotong"),
            ["lijiang"] = (TenantOf(530700), "丽江市", "Lijiang"),
            ["puer"] = (TenantOf(530800), "普洱市", "Pu'er"),
            ["lincang"] = (TenantOf(530900), "临沧市", "Lincang"),
            ["chuxiong"] = (TenantOf(532300), "楚雄彝族自治州", "Chuxiong"),
            ["honghe"] = (TenantOf(532500), "红河哈尼族彝族自治州", "Honghe"),
            ["wenshan"] = (TenantOf(532600), "文山壮族苗族自治州", "Wenshan"),
            ["xishuangbanna"] = (TenantOf(532800), "西双版纳傣族自治州", "Xishuangbanna"),
            ["dali"] = (TenantOf(532900), "大理白族自治州", "Dali"),
            ["dehong"] = (TenantOf(533100), "德宏傣族景颇族自治州", "Dehong"),
            ["nujiang"] = (TenantOf(533300), "怒江傈僳族自治州", "Nujiang"),
            ["diqing"] = (TenantOf(533400), "迪庆藏族自治州", "Diqing"),
        };

    private static readonly Dictionary<string, string> ChainNames = new()
    {
        ["green-aluminium"] = "绿色铝", ["green-silicon"] = "绿色硅", ["organic-silicon"] = "有机硅", ["photovoltaic"] = "光伏",
        ["new-energy-battery"] = "新能源电池", ["new-materials"] = "新材料", ["coal-chemicals"] = "新型煤化工",
        ["fine-chemicals"] = "精细化工", ["biomedicine"] = "生物医药", ["equipment-manufacturing"] = "装备制造",
        ["advanced-manufacturing"] = "先进制造", ["food-processing"] = "高端食品加工", ["plateau-agriculture"] = "高原特色现代农业",
        ["logistics"] = "现代商贸物流", ["health-elderly-care"] = "健康养老", ["cultural-tourism"] = "文化旅游",
    };

    private static readonly Dictionary<string, string> ParkKinds = new()
    {
        ["high-tech-zone"] = "高新技术产业开发区", ["economic-development-zone"] = "经济技术开发区",
        ["comprehensive-bonded-zone"] = "综合保税区", ["industrial-park"] = "工业园区", ["industry-cluster"] = "产业园",
    };

    private static readonly Dictionary<string, string> Levels = new()
    {
        ["national"] = "国家级", ["provincial"] = "省级", ["prefecture"] = "州市级", ["county"] = "县级", ["park"] = "园区级",
    };

    private static readonly Dictionary<string, string> IncentiveKinds = new()
    {
        ["land"] = "用地", ["tax"] = "税收", ["power"] = "电价", ["subsidy"] = "设备补助", ["talent"] = "人才", ["financing"] = "融资",
    };

    private static readonly Dictionary<string, string> CooperationModes = new()
    {
        ["sole"] = "独资", ["joint-venture"] = "合资", ["cooperation"] = "合作",
    };

    private static Guid TenantOf(int code) => Guid.Parse($"00000000-0000-0000-0000-{code:D12}");

    private static List<SearchDocument> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Relevance", "DemoCatalogue.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var documents = new List<SearchDocument>();
        var published = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var order = 0;
        DateTimeOffset Next() => published.AddHours(order++);

        foreach (var policy in json.RootElement.GetProperty("provincePolicies").EnumerateArray())
        {
            var prefectures = policy.GetProperty("prefectures");
            var owner = prefectures.ValueKind == JsonValueKind.Array ? prefectures[0].GetString()! : "kunming";
            documents.Add(Policy(owner, policy, Next()));
        }

        foreach (var prefecture in json.RootElement.GetProperty("prefectures").EnumerateArray())
        {
            var slug = prefecture.GetProperty("slug").GetString()!;
            foreach (var park in prefecture.GetProperty("parks").EnumerateArray())
            {
                documents.Add(Park(slug, park, Next()));
            }

            foreach (var policy in prefecture.GetProperty("policies").EnumerateArray())
            {
                documents.Add(Policy(slug, policy, Next()));
            }

            foreach (var project in prefecture.GetProperty("projects").EnumerateArray())
            {
                documents.Add(Project(slug, project, Next()));
            }
        }

        return documents;
    }

    private static SearchDocument Park(string slug, JsonElement park, DateTimeOffset published)
    {
        var chains = Strings(park, "chains");
        var level = park.GetProperty("level").GetString()!;
        List<string> keywords =
        [
            park.GetProperty("county").GetString()!, ParkKinds[park.GetProperty("kind").GetString()!], Levels[level],
            .. chains.Select(chain => ChainNames[chain]), .. Strings(park, "notableEnterprises"),
        ];
        return Document(SearchKind.Park, slug, park.GetProperty("name").GetString()!, keywords,
            $"{PlainText(park.GetProperty("description").GetString())} {Optional(park, "logistics")}", chains, published) with
        {
            Level = level,
            AvailableLandMu = park.GetProperty("availableLandMu").GetDecimal(),
            LandPriceWanPerMu = park.GetProperty("landPriceWanPerMu").GetDecimal(),
            PowerPriceYuanPerKwh = park.GetProperty("powerPriceYuanPerKwh").GetDecimal(),
        };
    }

    private static SearchDocument Policy(string slug, JsonElement policy, DateTimeOffset published)
    {
        var chains = Strings(policy, "chains");
        var level = policy.GetProperty("level").GetString()!;
        List<string> keywords =
        [
            policy.GetProperty("issuer").GetString()!, Optional(policy, "documentNumber"), Levels.GetValueOrDefault(level, level),
            .. chains.Select(chain => ChainNames[chain]), .. Strings(policy, "incentiveKinds").Select(kind => IncentiveKinds[kind]),
        ];
        return Document(SearchKind.Policy, slug, policy.GetProperty("title").GetString()!, keywords,
            PlainText(policy.GetProperty("body").GetString()), chains, published) with
        {
            Level = level,
            EffectiveFrom = DateOnly.Parse(policy.GetProperty("effectiveFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            EffectiveTo = DateOnly.Parse(policy.GetProperty("effectiveTo").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static SearchDocument Project(string slug, JsonElement project, DateTimeOffset published)
    {
        var chain = project.GetProperty("chain").GetString()!;
        List<string> keywords =
        [
            Optional(project, "park"), ChainNames[chain], CooperationModes[project.GetProperty("cooperationMode").GetString()!],
        ];
        return Document(SearchKind.Project, slug, project.GetProperty("name").GetString()!, keywords,
            PlainText(project.GetProperty("description").GetString()), [chain], published) with
        {
            InvestmentWan = project.GetProperty("investmentWan").GetDecimal(),
        };
    }

    private static SearchDocument Document(SearchKind kind, string slug, string title, List<string> keywords, string body, IReadOnlyList<string> chains, DateTimeOffset published)
    {
        var (tenant, name, nameEn) = Prefectures[slug];
        var id = Contract.ContractCatalogue.IdFor($"{slug}/{title}");
        return new SearchDocument
        {
            Kind = kind,
            ItemId = id,
            TenantId = tenant,
            Prefecture = slug,
            PrefectureName = name,
            PrefectureNameEn = nameEn,
            Title = title,
            Keywords = [.. keywords.Where(keyword => keyword.Length > 0)],
            Body = body.Trim(),
            Chains = chains,
            PublishedAt = published,
            Url = $"/t/{slug}/{SearchKinds.Code(kind)}s/{id}",
        };
    }

    private static string Optional(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static string[] Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(item => item.GetString()!)]
            : [];

    private static string PlainText(string? html) => WebUtility.HtmlDecode(Tags().Replace(html ?? "", " ")).Trim();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
