using System.Text;

namespace Portal.Inquiries.Domain.Enterprises;

/// <summary>
/// Chinese input methods often type full-width letters and digits (９１３５…, ＋８６); they mean the
/// same as their ASCII forms, so identifiers are compared after folding them.
/// </summary>
internal static class FullWidth
{
    private const char FirstFullWidth = '\uFF01';
    private const char LastFullWidth = '\uFF5E';
    private const int Shift = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    public static string ToHalfWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= FirstFullWidth and <= LastFullWidth => (char)(c - Shift),
                IdeographicSpace => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
