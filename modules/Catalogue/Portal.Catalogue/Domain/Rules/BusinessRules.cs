namespace Portal.Catalogue.Domain.Rules;

internal static class BusinessRules
{
    public static IReadOnlyList<RuleViolation> Broken(IEnumerable<IBusinessRule> rules) =>
        [.. rules.Where(rule => rule.IsBroken()).Select(rule => rule.Violation)];

    /// <summary>Throws unless every rule holds, so that an aggregate never enters a state its rules forbid.</summary>
    public static void Enforce(IEnumerable<IBusinessRule> rules)
    {
        var broken = Broken(rules);
        if (broken.Count > 0)
        {
            throw new BusinessRuleException(broken);
        }
    }

    public static void Enforce(IBusinessRule rule) => Enforce([rule]);
}
