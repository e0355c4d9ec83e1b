namespace Portal.Search;

/// <summary>
/// A validated query. The caller (the search module) has already checked lengths, codes and paging;
/// an engine may still receive any characters in <see cref="Text"/> and must treat them as words,
/// never as query syntax. Every filter narrows; facets count with every filter but their own.
/// </summary>
public sealed record SearchQuery
{
    public const int MaxTextLength = 100;
    public const int MaxPageSize = 100;

    /// <summary>What the user typed; empty means "everything that passes the filters".</summary>
    public string Text { get; init; } = "";

    /// <summary>
    /// Other phrasings of <see cref="Text"/> from the host's synonym list (锂电池 for 新能源电池), matched
    /// like the text but ranked a little lower. Filled by the synonym expansion, not by the user.
    /// </summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>Confines the query to one prefecture's documents (a tenant-scoped search); null: all prefectures.</summary>
    public Guid? TenantId { get; init; }

    public IReadOnlyList<SearchKind> Kinds { get; init; } = [];

    /// <summary>Prefecture slugs; any of them.</summary>
    public IReadOnlyList<string> Prefectures { get; init; } = [];

    /// <summary>Industry-chain codes; any of them.</summary>
    public IReadOnlyList<string> Chains { get; init; } = [];

    /// <summary>Park or policy level codes; any of them.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>Only documents with at least this much land available (parks; other kinds have none and drop out).</summary>
    public decimal? MinAvailableMu { get; init; }

    public decimal? MaxLandPriceWanPerMu { get; init; }

    public decimal? MaxPowerPriceYuanPerKwh { get; init; }

    /// <summary>Drops policies whose effective period has not started or has ended on <see cref="Today"/>; other kinds stay.</summary>
    public bool InForceOnly { get; init; }

    /// <summary>Today in China Standard Time, for <see cref="InForceOnly"/>.</summary>
    public DateOnly Today { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

public enum SearchSort
{
    /// <summary>Best match first; with no text, newest first.</summary>
    Relevance,

    /// <summary>Most recently published first.</summary>
    Newest,
}
