namespace Portal.Catalogue.Contracts;

/// <summary>The codes of a park's or a policy's <c>level</c>: who approved the park or issued the policy.</summary>
public static class CatalogueLevels
{
    public const string National = "national";
    public const string Provincial = "provincial";
    public const string Prefecture = "prefecture";
    public const string County = "county";
    public const string Park = "park";

    public static IReadOnlyList<string> All { get; } = [National, Provincial, Prefecture, County, Park];
}
