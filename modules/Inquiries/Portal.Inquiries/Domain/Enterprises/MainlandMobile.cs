using System.Diagnostics.CodeAnalysis;

namespace Portal.Inquiries.Domain.Enterprises;

/// <summary>
/// A mainland China mobile number: 11 digits starting 13–19. Callers type it with a country prefix
/// (+86, 0086), spaces or dashes, often in full-width digits; <see cref="Value"/> is the bare 11 digits.
/// A landline (0871-12345678) is refused with its own reason: the special team must be able to text.
/// </summary>
internal sealed class MainlandMobile : IEquatable<MainlandMobile>
{
    public const int Length = 11;

    private static readonly string[] CountryPrefixes = ["+86", "0086"];

    private MainlandMobile(string value) => Value = value;

    /// <summary>The 11 digits, without prefix or separators.</summary>
    public string Value { get; }

    /// <summary>Folds full-width characters, drops spaces, dashes and the +86 / 0086 prefix; what is left should be digits.</summary>
    public static string Normalize(string input)
    {
        var compact = string.Concat(FullWidth.ToHalfWidth(input).Where(c => c is not (' ' or '-' or '\t')));
        foreach (var prefix in CountryPrefixes)
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal))
            {
                return compact[prefix.Length..];
            }
        }

        return compact;
    }

    public static bool TryParse(
        string? input, [NotNullWhen(true)] out MainlandMobile? mobile, [NotNullWhen(false)] out EnterpriseViolation? violation)
    {
        mobile = null;
        var digits = input is null ? "" : Normalize(input);
        violation = Check(digits);
        if (violation is null)
        {
            mobile = new MainlandMobile(digits);
        }

        return violation is null;
    }

    public bool Equals(MainlandMobile? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as MainlandMobile);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;

    private static EnterpriseViolation? Check(string digits)
    {
        if (digits.Length == 0)
        {
            return new EnterpriseViolation("mobile.required", "MobileRequired");
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            return new EnterpriseViolation("mobile.illegal-character", "MobileIllegalCharacter");
        }

        // An area code starts with 0 (0871 Kunming, 010 Beijing); a local number without it has 7 or 8 digits.
        if (digits[0] == '0' || (digits.Length is 7 or 8 && digits[0] != '1'))
        {
            return new EnterpriseViolation("mobile.landline", "MobileLandline");
        }

        if (digits.Length != Length)
        {
            return new EnterpriseViolation("mobile.length", "MobileLength", Length, digits.Length);
        }

        return digits[0] == '1' && digits[1] is >= '3' and <= '9'
            ? null
            : new EnterpriseViolation("mobile.prefix", "MobilePrefix");
    }
}
