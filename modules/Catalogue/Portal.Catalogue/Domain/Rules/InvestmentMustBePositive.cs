namespace Portal.Catalogue.Domain.Rules;

/// <summary>A project seeks some investment; zero or less means the figure is missing or wrong.</summary>
internal sealed class InvestmentMustBePositive(decimal investmentWan) : IBusinessRule
{
    public bool IsBroken() => investmentWan <= 0;

    public RuleViolation Violation => new("investmentWan", "InvestmentNotPositive", "project.investment-not-positive");
}
