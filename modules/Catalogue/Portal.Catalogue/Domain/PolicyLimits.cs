namespace Portal.Catalogue.Domain;

/// <summary>The limits of an incentive policy's fields, in one place.</summary>
internal static class PolicyLimits
{
    public const int TitleMaxLength = 200;
    public const int IssuerMaxLength = 100;
    public const int DocumentNumberMaxLength = 60;
    public const int LevelMaxLength = 20;
    public const int MaxChains = 16;
    public const int MaxParks = 50;

    /// <summary>Full policy texts run long (articles, annexes in tables); the request-size limit stays the real cap.</summary>
    public const int BodyMaxLength = 200_000;
}
