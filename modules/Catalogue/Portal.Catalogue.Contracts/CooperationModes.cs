namespace Portal.Catalogue.Contracts;

/// <summary>The codes of an investment project's <c>cooperationMode</c>.</summary>
public static class CooperationModes
{
    /// <summary>独资.</summary>
    public const string Sole = "sole";

    /// <summary>合资.</summary>
    public const string JointVenture = "joint-venture";

    /// <summary>合作 (contractual cooperation, PPP, leasing …).</summary>
    public const string Cooperation = "cooperation";

    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Sole, JointVenture, Cooperation, Other];
}
