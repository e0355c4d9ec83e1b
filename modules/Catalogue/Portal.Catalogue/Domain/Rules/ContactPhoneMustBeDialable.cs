using System.Text.RegularExpressions;

namespace Portal.Catalogue.Domain.Rules;

/// <summary>Digits with the usual separators (0874-3123456, +86 138 0000 0000, 0871-6512345 转 8001), nothing else.</summary>
internal sealed partial class ContactPhoneMustBeDialable(string path, string? phone) : IBusinessRule
{
    public bool IsBroken() => phone is not null && !PhonePattern().IsMatch(phone);

    public RuleViolation Violation => new(path, "PhoneInvalid", "contact.phone-invalid");

    [GeneratedRegex(@"^\+?\(?[0-9][0-9 ()\-]{4,}([ ]?(转|ext\.?|x)[ ]?[0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
