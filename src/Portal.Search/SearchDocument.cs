namespace Portal.Search;

/// <summary>
/// One published catalogue item as both engines index it. Built from the database by the indexer,
/// never edited in place: a change re-projects the whole document. Text fields are plain text
/// (no HTML); <see cref="Body"/> is the long text the snippet is cut from.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>The document key, <c>{kind}:{itemId}</c>: one document per catalogue item.</summary>
    public string Key => DocumentKey.For(Kind, ItemId);

    public required SearchKind Kind { get; init; }

    public required Guid ItemId { get; init; }

    /// <summary>The prefecture that owns the item; every query can be confined to it.</summary>
    public required Guid TenantId { get; init; }

    /// <summary>The prefecture's slug (<c>qujing</c>), matched exactly by the prefecture filter and facet.</summary>
    public required string Prefecture { get; init; }

    /// <summary>Its Chinese name with the suffix (<c>曲靖市</c>); the engines also match it without (<c>曲靖</c>).</summary>
    public required string PrefectureName { get; init; }

    public string? PrefectureNameEn { get; init; }

    public required string Title { get; init; }

    /// <summary>Short words that describe the item and weigh more than the body: county, issuer, document number, kind and level names, chain names, notable enterprises.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string Body { get; init; } = "";

    /// <summary>Industry-chain codes (<c>green-aluminium</c>), matched exactly by the chain filter and facet.</summary>
    public IReadOnlyList<string> Chains { get; init; } = [];

    /// <summary>Park or policy level code (<c>national</c>, <c>provincial</c>, …); null for projects.</summary>
    public string? Level { get; init; }

    public decimal? AvailableLandMu { get; init; }

    public decimal? LandPriceWanPerMu { get; init; }

    public decimal? PowerPriceYuanPerKwh { get; init; }

    public decimal? InvestmentWan { get; init; }

    /// <summary>A policy's effective period; "in force" is decided at query time against <see cref="SearchQuery.Today"/>.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>The public page of the item (<c>/t/qujing/parks/{id}</c>).</summary>
    public required string Url { get; init; }
}

public static class DocumentKey
{
    public static string For(SearchKind kind, Guid itemId) => $"{SearchKinds.Code(kind)}:{itemId:D}";
}
