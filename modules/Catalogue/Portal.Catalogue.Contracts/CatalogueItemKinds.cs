namespace Portal.Catalogue.Contracts;

/// <summary>The kinds of catalogue item, as events, search documents and URLs name them.</summary>
public static class CatalogueItemKinds
{
    public const string Park = "park";
    public const string Policy = "policy";
    public const string Project = "project";

    public static IReadOnlyList<string> All { get; } = [Park, Policy, Project];
}
