using System.Buffers.Text;
using System.Security.Cryptography;

namespace Portal.Identity.Security;

/// <summary>Random identifiers, secrets and passwords, always from the cryptographic generator.</summary>
internal static class Secrets
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!@#$%^&*-_=+?";

    /// <summary>32 random bytes, base64url: 256 bits, safe in a form post or a header.</summary>
    public static string NewClientSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary><c>{slug}-{16 hex}</c> or <c>host-{16 hex}</c>: readable in logs, unguessable enough not to be enumerated.</summary>
    public static string NewClientId(string? tenantSlug) =>
        $"{tenantSlug ?? "host"}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";

    /// <summary>A 20-character password with every character class (so any sane policy accepts it), without look-alikes.</summary>
    public static string NewPassword()
    {
        var all = Upper + Lower + Digits + Symbols;
        char[] password =
        [
            .. RandomNumberGenerator.GetItems<char>(Upper, 2),
            .. RandomNumberGenerator.GetItems<char>(Lower, 2),
            .. RandomNumberGenerator.GetItems<char>(Digits, 2),
            .. RandomNumberGenerator.GetItems<char>(Symbols, 2),
            .. RandomNumberGenerator.GetItems<char>(all, 12),
        ];
        RandomNumberGenerator.Shuffle(password.AsSpan());
        return new string(password);
    }
}
