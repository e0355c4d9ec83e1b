namespace Portal.Catalogue.Domain.Rules;

/// <summary>Areas, prices and amounts are quantities: a negative one is a typing error, never a discount.</summary>
internal sealed class AmountCannotBeNegative(string path, decimal? value) : IBusinessRule
{
    public bool IsBroken() => value < 0;

    public RuleViolation Violation => new(path, "Negative", "amount.negative");
}
