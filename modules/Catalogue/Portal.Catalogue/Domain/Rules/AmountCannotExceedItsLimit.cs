namespace Portal.Catalogue.Domain.Rules;

/// <summary>An upper bound per quantity, far above any real figure: it catches unit mistakes (元 for 万元, m² for 亩).</summary>
internal sealed class AmountCannotExceedItsLimit(string path, decimal? value, decimal max) : IBusinessRule
{
    public bool IsBroken() => value > max;

    public RuleViolation Violation => new(path, "AmountTooLarge", "amount.too-large", max);
}
