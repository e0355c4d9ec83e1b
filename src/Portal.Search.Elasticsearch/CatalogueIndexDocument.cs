using System.Text.Json.Serialization;

namespace Portal.Search.Elasticsearch;

/// <summary>
/// A catalogue item as stored in Elasticsearch: the <see cref="SearchDocument"/> plus what the engine
/// computes for matching (prefecture name variants, pinyin terms). Names are the mapping's, written out
/// so the client's camelCase default never applies.
/// </summary>
internal sealed class CatalogueIndexDocument
{
    [JsonPropertyName(CatalogueFields.Key)]
    public required string Key { get; init; }

    [JsonPropertyName(CatalogueFields.Kind)]
    public required string Kind { get; init; }

    [JsonPropertyName(CatalogueFields.ItemId)]
    public required Guid ItemId { get; init; }

    [JsonPropertyName(CatalogueFields.TenantId)]
    public required Guid TenantId { get; init; }

    [JsonPropertyName(CatalogueFields.Prefecture)]
    public required string Prefecture { get; init; }

    [JsonPropertyName(CatalogueFields.PrefectureNames)]
    public IReadOnlyList<string> PrefectureNames { get; init; } = [];

    [JsonPropertyName(CatalogueFields.Title)]
    public required string Title { get; init; }

    [JsonPropertyName(CatalogueFields.Keywords)]
    public IReadOnlyList<string> Keywords { get; init; } = [];

    [JsonPropertyName(CatalogueFields.Body)]
    public string Body { get; init; } = "";

    [JsonPropertyName(CatalogueFields.Chains)]
    public IReadOnlyList<string> Chains { get; init; } = [];

    [JsonPropertyName(CatalogueFields.Level)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Level { get; init; }

    [JsonPropertyName(CatalogueFields.AvailableLandMu)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? AvailableLandMu { get; init; }

    [JsonPropertyName(CatalogueFields.LandPriceWanPerMu)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? LandPriceWanPerMu { get; init; }

    [JsonPropertyName(CatalogueFields.PowerPriceYuanPerKwh)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? PowerPriceYuanPerKwh { get; init; }

    [JsonPropertyName(CatalogueFields.InvestmentWan)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? InvestmentWan { get; init; }

    /// <summary><c>yyyy-MM-dd</c>, the mapping's <c>strict_date</c>.</summary>
    [JsonPropertyName(CatalogueFields.EffectiveFrom)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EffectiveFrom { get; init; }

    [JsonPropertyName(CatalogueFields.EffectiveTo)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EffectiveTo { get; init; }

    [JsonPropertyName(CatalogueFields.PublishedAt)]
    public required DateTimeOffset PublishedAt { get; init; }

    [JsonPropertyName(CatalogueFields.Url)]
    public required string Url { get; init; }

    [JsonPropertyName(CatalogueFields.PinyinFull)]
    public IReadOnlyList<string> PinyinFull { get; init; } = [];

    [JsonPropertyName(CatalogueFields.PinyinInitials)]
    public IReadOnlyList<string> PinyinInitials { get; init; } = [];

    [JsonPropertyName(CatalogueFields.KeywordsPinyinFull)]
    public IReadOnlyList<string> KeywordsPinyinFull { get; init; } = [];

    [JsonPropertyName(CatalogueFields.KeywordsPinyinInitials)]
    public IReadOnlyList<string> KeywordsPinyinInitials { get; init; } = [];
}
