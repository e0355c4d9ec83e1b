namespace Portal.Catalogue.Domain.Rules;

/// <summary>An aggregate refused a change that would break its rules; nothing was changed.</summary>
internal sealed class BusinessRuleException(IReadOnlyList<RuleViolation> violations)
    : InvalidOperationException($"Broken catalogue rules: {string.Join(", ", violations.Select(v => v.Code))}")
{
    public IReadOnlyList<RuleViolation> Violations { get; } = violations;
}
