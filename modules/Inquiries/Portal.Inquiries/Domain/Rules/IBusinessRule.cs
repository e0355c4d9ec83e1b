namespace Portal.Inquiries.Domain.Rules;

/// <summary>
/// A sentence about inquiries that must hold, named as that sentence. When it is broken,
/// <see cref="Violation"/> says which field (null for a rule about the state, which is a conflict) and why.
/// </summary>
internal interface IBusinessRule
{
    bool IsBroken();

    RuleViolation Violation { get; }
}

/// <summary>A broken rule: the field (null: a state conflict), the localized message's key and arguments, a stable code.</summary>
internal sealed record RuleViolation(string? Field, string MessageKey, string Code, params object[] Arguments);

/// <summary>An aggregate refused a change that would break its rules; nothing was changed.</summary>
internal sealed class BusinessRuleException(IReadOnlyList<RuleViolation> violations)
    : InvalidOperationException($"Broken inquiry rules: {string.Join(", ", violations.Select(v => v.Code))}")
{
    public IReadOnlyList<RuleViolation> Violations { get; } = violations;
}

internal static class BusinessRules
{
    public static IReadOnlyList<RuleViolation> Broken(IEnumerable<IBusinessRule> rules) =>
        [.. rules.Where(rule => rule.IsBroken()).Select(rule => rule.Violation)];

    /// <summary>Throws unless every rule holds, so that an aggregate never enters a state its rules forbid.</summary>
    public static void Enforce(params IBusinessRule[] rules)
    {
        var broken = Broken(rules);
        if (broken.Count > 0)
        {
            throw new BusinessRuleException(broken);
        }
    }
}
