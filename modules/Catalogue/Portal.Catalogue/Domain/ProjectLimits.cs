namespace Portal.Catalogue.Domain;

/// <summary>The limits of an investment project's fields, in one place.</summary>
internal static class ProjectLimits
{
    public const int NameMaxLength = 100;
    public const int CooperationModeMaxLength = 20;
    public const int DescriptionMaxLength = 20_000;

    /// <summary>100 million 万元 is 1 万亿元: above any single project, so 元 typed as 万元 is caught.</summary>
    public const decimal MaxInvestmentWan = 100_000_000m;

    public const int InvestmentScale = 2;
}
