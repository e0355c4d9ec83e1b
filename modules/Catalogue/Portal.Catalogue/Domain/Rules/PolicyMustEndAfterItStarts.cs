namespace Portal.Catalogue.Domain.Rules;

internal sealed class PolicyMustEndAfterItStarts(DateOnly effectiveFrom, DateOnly? effectiveTo) : IBusinessRule
{
    public bool IsBroken() => effectiveTo is { } to && to <= effectiveFrom;

    public RuleViolation Violation => new(
        "effectiveTo", "EndNotAfterStart", "policy.end-not-after-start", effectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
