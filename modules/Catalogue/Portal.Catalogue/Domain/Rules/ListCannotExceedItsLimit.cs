namespace Portal.Catalogue.Domain.Rules;

internal sealed class ListCannotExceedItsLimit(string path, int count, int maxCount) : IBusinessRule
{
    public bool IsBroken() => count > maxCount;

    public RuleViolation Violation => new(path, "TooMany", "field.too-many", maxCount);
}
