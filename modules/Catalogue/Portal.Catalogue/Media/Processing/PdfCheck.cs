using System.Security.Cryptography;
using System.Text;

namespace Portal.Catalogue.Media.Processing;

/// <summary>
/// What makes an upload a PDF here: it starts with <c>%PDF-</c> and ends (give or take trailing white
/// space and a few bytes some writers add) with <c>%%EOF</c>. The declared type and name do not count.
/// </summary>
internal static class PdfCheck
{
    /// <summary>How far from the end the <c>%%EOF</c> marker may be.</summary>
    private const int TrailerWindow = 1024;

    private static readonly byte[] Header = "%PDF-"u8.ToArray();
    private static readonly byte[] Trailer = "%%EOF"u8.ToArray();

    public static bool LooksLikePdf(ReadOnlySpan<byte> content) =>
        content.Length > Header.Length + Trailer.Length
        && content.StartsWith(Header)
        && content[Math.Max(0, content.Length - TrailerWindow)..].LastIndexOf(Trailer) >= 0;

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// The uploaded name made safe to keep and offer again: the last path segment only, no control or
    /// reserved characters, at most <paramref name="maxLength"/> characters, ending in <c>.pdf</c>.
    /// </summary>
    public static string SanitizeFileName(string? name, int maxLength)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/')[^1];
        var builder = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && !char.IsSurrogate(c) && "<>:\"|?*;".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                builder.Append(c);
            }
        }

        var clean = builder.ToString().Trim().Trim('.').Trim();
        if (clean.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            clean = clean[..^4].TrimEnd();
        }

        if (clean.Length == 0)
        {
            clean = "attachment";
        }

        if (clean.Length > maxLength - 4)
        {
            clean = clean[..(maxLength - 4)];
        }

        return clean + ".pdf";
    }
}
