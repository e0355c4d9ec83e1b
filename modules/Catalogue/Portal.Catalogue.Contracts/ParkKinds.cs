namespace Portal.Catalogue.Contracts;

/// <summary>The codes of a park's <c>kind</c>, stable in the API.</summary>
public static class ParkKinds
{
    /// <summary>经济技术开发区.</summary>
    public const string EconomicDevelopmentZone = "economic-development-zone";

    /// <summary>高新技术产业开发区.</summary>
    public const string HighTechZone = "high-tech-zone";

    /// <summary>综合保税区.</summary>
    public const string ComprehensiveBondedZone = "comprehensive-bonded-zone";

    /// <summary>工业园区.</summary>
    public const string IndustrialPark = "industrial-park";

    /// <summary>产业园.</summary>
    public const string IndustryCluster = "industry-cluster";

    public static IReadOnlyList<string> All { get; } =
        [EconomicDevelopmentZone, HighTechZone, ComprehensiveBondedZone, IndustrialPark, IndustryCluster];
}
