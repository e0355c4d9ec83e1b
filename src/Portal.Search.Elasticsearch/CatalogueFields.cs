namespace Portal.Search.Elasticsearch;

/// <summary>Field names of the catalogue index, shared by the mapping, the documents and the queries.</summary>
internal static class CatalogueFields
{
    public const string Key = "key";
    public const string Kind = "kind";
    public const string ItemId = "item_id";
    public const string TenantId = "tenant_id";
    public const string Prefecture = "prefecture";

    /// <summary>The prefecture's names as users write them: 曲靖市, 曲靖, Qujing.</summary>
    public const string PrefectureNames = "prefecture_names";

    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Body = "body";
    public const string Chains = "chains";
    public const string Level = "level";
    public const string AvailableLandMu = "available_land_mu";
    public const string LandPriceWanPerMu = "land_price_wan_per_mu";
    public const string PowerPriceYuanPerKwh = "power_price_yuan_per_kwh";
    public const string InvestmentWan = "investment_wan";
    public const string EffectiveFrom = "effective_from";
    public const string EffectiveTo = "effective_to";
    public const string PublishedAt = "published_at";
    public const string Url = "url";

    /// <summary>Full-pinyin terms (<c>lvselv</c>) of the title from each character on, and of the prefecture's short name; matched as prefixes.</summary>
    public const string PinyinFull = "pinyin_full";

    /// <summary>Pinyin-initials terms (<c>lsl</c>) built the same way.</summary>
    public const string PinyinInitials = "pinyin_initials";

    /// <summary>Full-pinyin terms of the keywords, which weigh less than the title's.</summary>
    public const string KeywordsPinyinFull = "keywords_pinyin_full";

    public const string KeywordsPinyinInitials = "keywords_pinyin_initials";

    /// <summary>Subfield of each Chinese text field analysed into overlapping character bigrams, for recall when segmentation differs.</summary>
    public const string BigramSubfield = "bigram";

    /// <summary>Subfield of the title holding its leading characters, for type-ahead suggestions.</summary>
    public const string PrefixSubfield = "prefix";

    public static string Bigram(string field) => $"{field}.{BigramSubfield}";

    public static string TitlePrefix => $"{Title}.{PrefixSubfield}";
}
