using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace Portal.Search.Elasticsearch;

/// <summary>
/// Settings and mappings of a catalogue index, explicit so that nothing depends on dynamic mapping:
/// Chinese text with the configured analyzer plus a <c>cjk</c> bigram subfield, pinyin and exact
/// fields as keywords, numbers and dates for filters and sorting.
/// </summary>
internal static class CatalogueIndexDefinition
{
    public const string BigramAnalyzer = "cjk";
    public const string PrefixAnalyzer = "portal_prefix";
    public const string PrefixSearchAnalyzer = "portal_prefix_search";
    private const string PrefixFilter = "portal_prefix_edge";

    /// <summary>Longest title prefix indexed for suggestions; a longer typed prefix simply stops matching by prefix.</summary>
    public const int MaxPrefixLength = 30;

    public static CreateIndexRequest CreateRequest(string indexName, ElasticsearchOptions options, string? alias = null)
    {
        var request = new CreateIndexRequest(indexName)
        {
            Settings = Settings(options),
            Mappings = Mappings(options.ChineseAnalyzer),
        };
        if (alias is not null)
        {
            request.Aliases = new Dictionary<Name, Alias> { [alias] = new Alias() };
        }

        return request;
    }

    private static IndexSettings Settings(ElasticsearchOptions options) => new()
    {
        NumberOfShards = 1, // a catalogue of thousands of items: one shard scores and counts best
        NumberOfReplicas = options.NumberOfReplicas,
        MaxResultWindow = 10_000,
        Analysis = new IndexSettingsAnalysis
        {
            TokenFilters = new TokenFilters
            {
                [PrefixFilter] = new EdgeNGramTokenFilter { MinGram = 1, MaxGram = MaxPrefixLength },
            },
            Analyzers = new Analyzers
            {
                // The whole title, lower-cased, cut into its leading 1..30 characters.
                [PrefixAnalyzer] = new CustomAnalyzer { Tokenizer = "keyword", Filter = ["lowercase", PrefixFilter] },
                [PrefixSearchAnalyzer] = new CustomAnalyzer { Tokenizer = "keyword", Filter = ["lowercase"] },
            },
        },
    };

    private static TypeMapping Mappings(string chineseAnalyzer) => new()
    {
        // A field the mapping does not name is an error, not a guess.
        Dynamic = DynamicMapping.Strict,
        Properties = new Properties
        {
            [CatalogueFields.Key] = new KeywordProperty(),
            [CatalogueFields.Kind] = new KeywordProperty(),
            [CatalogueFields.ItemId] = new KeywordProperty(),
            [CatalogueFields.TenantId] = new KeywordProperty(),
            [CatalogueFields.Prefecture] = new KeywordProperty(),
            [CatalogueFields.PrefectureNames] = ChineseText(chineseAnalyzer),
            [CatalogueFields.Title] = ChineseText(chineseAnalyzer, withPrefix: true),
            [CatalogueFields.Keywords] = ChineseText(chineseAnalyzer),
            [CatalogueFields.Body] = ChineseText(chineseAnalyzer),
            [CatalogueFields.Chains] = new KeywordProperty(),
            [CatalogueFields.Level] = new KeywordProperty(),
            [CatalogueFields.AvailableLandMu] = new DoubleNumberProperty(),
            [CatalogueFields.LandPriceWanPerMu] = new DoubleNumberProperty(),
            [CatalogueFields.PowerPriceYuanPerKwh] = new DoubleNumberProperty(),
            [CatalogueFields.InvestmentWan] = new DoubleNumberProperty(),
            [CatalogueFields.EffectiveFrom] = new DateProperty { Format = "strict_date" },
            [CatalogueFields.EffectiveTo] = new DateProperty { Format = "strict_date" },
            [CatalogueFields.PublishedAt] = new DateProperty(),
            [CatalogueFields.Url] = new KeywordProperty { Index = false, DocValues = false },
            [CatalogueFields.PinyinFull] = new KeywordProperty(),
            [CatalogueFields.PinyinInitials] = new KeywordProperty(),
            [CatalogueFields.KeywordsPinyinFull] = new KeywordProperty(),
            [CatalogueFields.KeywordsPinyinInitials] = new KeywordProperty(),
        },
    };

    private static TextProperty ChineseText(string analyzer, bool withPrefix = false)
    {
        var subfields = new Properties
        {
            [CatalogueFields.BigramSubfield] = new TextProperty { Analyzer = BigramAnalyzer },
        };
        if (withPrefix)
        {
            subfields[CatalogueFields.PrefixSubfield] = new TextProperty
            {
                Analyzer = PrefixAnalyzer,
                SearchAnalyzer = PrefixSearchAnalyzer,
            };
        }

        return new TextProperty { Analyzer = analyzer, Fields = subfields };
    }
}
