using System.Security.Cryptography;

namespace Portal.Inquiries.Domain;

/// <summary>
/// The enterprise's handle on its inquiry: <c>YN-</c> and 10 random characters of Crockford's base-32
/// alphabet (no I, L, O, U: nothing to misread), 50 bits, so not guessable; tracking also needs the email.
/// </summary>
internal static class TrackingCode
{
    public const string Prefix = "YN-";
    public const int RandomLength = 10;
    public const int Length = 13;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, RandomLength);

    /// <summary>What a person typed, made comparable: trimmed, upper case, the misreadable letters mapped as Crockford does.</summary>
    public static string Normalize(string input)
    {
        var text = input.Trim().ToUpperInvariant().Replace('O', '0').Replace('I', '1').Replace('L', '1');
        return text.StartsWith("YN", StringComparison.Ordinal) && !text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length == Length - 1
            ? Prefix + text[2..]
            : text;
    }
}
