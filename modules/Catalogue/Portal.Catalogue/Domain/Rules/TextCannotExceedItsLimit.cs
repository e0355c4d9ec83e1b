namespace Portal.Catalogue.Domain.Rules;

internal sealed class TextCannotExceedItsLimit(string path, string? value, int maxLength) : IBusinessRule
{
    public bool IsBroken() => value is not null && value.Length > maxLength;

    public RuleViolation Violation => new(path, "TooLong", "field.too-long", maxLength);
}
