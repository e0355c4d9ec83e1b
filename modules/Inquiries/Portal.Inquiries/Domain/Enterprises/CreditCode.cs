using System.Diagnostics.CodeAnalysis;

namespace Portal.Inquiries.Domain.Enterprises;

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
/// alphabet (digits and capitals without I, O, Z, S, V, which are easily misread). Position 1 is the
/// registration authority, 2 the institution type, 3–8 the administrative division (GB/T 2260),
/// 9–17 the organisation code, 18 a check character over the first 17.
/// </summary>
internal sealed class CreditCode : IEquatable<CreditCode>
{
    public const int Length = 18;

    /// <summary>The alphabet in value order: a character's index is its value in the check sum.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value) => Value = value;

    /// <summary>The normalised code: 18 half-width capitals and digits.</summary>
    public string Value { get; }

    public char RegistrationAuthority => Value[0];

    public char InstitutionType => Value[1];

    /// <summary>The 6-digit administrative division code of the registering authority (e.g. 530100 Kunming).</summary>
    public string DivisionCode => Value[2..8];

    public string OrganisationCode => Value[8..17];

    public char CheckCharacter => Value[17];

    /// <summary>The province of the registering authority, from the division code's first two digits; null if not a known one.</summary>
    public Province? Province => Provinces.FindByDivisionCode(DivisionCode);

    /// <summary>Trims, folds full-width characters to half-width and upper-cases, so that what users type compares equal.</summary>
    public static string Normalize(string input) =>
        FullWidth.ToHalfWidth(input).Trim().ToUpperInvariant();

    public static bool TryParse(
        string? input, [NotNullWhen(true)] out CreditCode? code, [NotNullWhen(false)] out EnterpriseViolation? violation)
    {
        code = null;
        var normalized = input is null ? "" : Normalize(input);
        violation = Check(normalized);
        if (violation is null)
        {
            code = new CreditCode(normalized);
        }

        return violation is null;
    }

    /// <summary>The check character for the first 17 characters: 31 − (Σ value × weight mod 31), where 31 stands for 0.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("A check character is computed over 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the credit-code alphabet.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public bool Equals(CreditCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as CreditCode);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;

    private static EnterpriseViolation? Check(string code)
    {
        if (code.Length == 0)
        {
            return new EnterpriseViolation("credit-code.required", "CreditCodeRequired");
        }

        if (code.Length != Length)
        {
            return new EnterpriseViolation("credit-code.length", "CreditCodeLength", Length, code.Length);
        }

        for (var i = 0; i < code.Length; i++)
        {
            if (!Alphabet.Contains(code[i], StringComparison.Ordinal))
            {
                return new EnterpriseViolation("credit-code.illegal-character", "CreditCodeIllegalCharacter", new string(code[i], 1), i + 1);
            }
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return new EnterpriseViolation("credit-code.division-code", "CreditCodeDivisionCode", code[2..8]);
            }
        }

        // The expected character is not told: a mismatch usually means a mistyped character elsewhere,
        // and "fixing" the last one would make a wrong code pass.
        return ComputeCheckCharacter(code.AsSpan(0, Length - 1)) == code[^1]
            ? null
            : new EnterpriseViolation("credit-code.check-mismatch", "CreditCodeCheckMismatch");
    }
}
