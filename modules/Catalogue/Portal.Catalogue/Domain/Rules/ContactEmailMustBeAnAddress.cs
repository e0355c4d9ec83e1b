using System.Text.RegularExpressions;

namespace Portal.Catalogue.Domain.Rules;

internal sealed partial class ContactEmailMustBeAnAddress(string path, string? email) : IBusinessRule
{
    public bool IsBroken() => email is not null && !EmailPattern().IsMatch(email);

    public RuleViolation Violation => new(path, "EmailInvalid", "contact.email-invalid");

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
