namespace Portal.Search;

public enum SearchKind
{
    Park,
    Policy,
    Project,
}

/// <summary>The kinds' codes on the wire (<c>park</c>, <c>policy</c>, <c>project</c>), as API.md names them.</summary>
public static class SearchKinds
{
    public static IReadOnlyList<SearchKind> All { get; } = [SearchKind.Park, SearchKind.Policy, SearchKind.Project];

    public static string Code(SearchKind kind) => kind switch
    {
        SearchKind.Park => "park",
        SearchKind.Policy => "policy",
        SearchKind.Project => "project",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? code, out SearchKind kind)
    {
        switch (code)
        {
            case "park": kind = SearchKind.Park; return true;
            case "policy": kind = SearchKind.Policy; return true;
            case "project": kind = SearchKind.Project; return true;
            default: kind = default; return false;
        }
    }
}
