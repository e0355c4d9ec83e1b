namespace Portal.CatalogueSearch.Contracts;

/// <summary>
/// The host's administration of the search index, as <c>/api/admin/search/*</c> offers it: the full
/// rebuild and the industry synonym list. The caller checks the <c>search.manage</c> permission.
/// </summary>
public interface ISearchIndexAdministration
{
    /// <summary>The last (or current) rebuild as every node sees it; state <c>idle</c> when none ever ran.</summary>
    Task<SearchRebuildStatus> GetRebuildStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a rebuild in the background and returns its status; when one is already running anywhere,
    /// starts nothing and returns that one (<see cref="SearchRebuildStart.AlreadyRunning"/>).
    /// </summary>
    Task<SearchRebuildStart> StartRebuildAsync(CancellationToken cancellationToken = default);

    /// <summary>The synonym groups queries are expanded with: each group's terms mean the same thing.</summary>
    Task<IReadOnlyList<IReadOnlyList<string>>> GetSynonymsAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the whole list, or answers field errors (localized) and changes nothing.</summary>
    Task<SynonymsUpdateResult> ReplaceSynonymsAsync(IReadOnlyList<IReadOnlyList<string>?>? groups, CancellationToken cancellationToken = default);
}

/// <summary>The states of a rebuild.</summary>
public static class SearchRebuildStates
{
    public const string Idle = "idle";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}

/// <summary>Progress of a rebuild: items projected so far of the published items counted at its start.</summary>
public sealed record SearchRebuildStatus(
    string State,
    long Done,
    long Total,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    string? TriggeredBy);

public sealed record SearchRebuildStart(bool AlreadyRunning, SearchRebuildStatus Status);

public sealed record SynonymsUpdateResult(IReadOnlyList<IReadOnlyList<string>>? Groups, IReadOnlyDictionary<string, string[]>? Errors)
{
    public bool Succeeded => Groups is not null;
}

/// <summary>Limits of the synonym list, checked by <see cref="ISearchIndexAdministration.ReplaceSynonymsAsync"/>.</summary>
public static class SynonymLimits
{
    public const int MaxGroups = 500;
    public const int MinTermsPerGroup = 2;
    public const int MaxTermsPerGroup = 20;
    public const int MaxTermLength = 30;
}
