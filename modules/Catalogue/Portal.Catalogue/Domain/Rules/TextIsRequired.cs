namespace Portal.Catalogue.Domain.Rules;

internal sealed class TextIsRequired(string path, string? value) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(value);

    public RuleViolation Violation => new(path, "Required", "field.required");
}
