using System.Text;

namespace Portal.Search.Elasticsearch;

/// <summary>What the user typed, made safe to send as the text of a match query.</summary>
internal static class SearchText
{
    /// <summary>Trims, drops control characters and folds runs of white space into one space.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text.Length > SearchQuery.MaxTextLength ? text[..SearchQuery.MaxTextLength] : text)
        {
            if (char.IsWhiteSpace(character) || char.IsControl(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    /// <summary>Latin letters only (spaces and apostrophes allowed, as in <c>xi'an</c>): read as pinyin, lower case, joined.</summary>
    public static bool TryPinyin(string text, out string pinyin)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (character is not (' ' or '\''))
            {
                pinyin = "";
                return false;
            }
        }

        pinyin = builder.ToString();
        return pinyin.Length > 0;
    }
}
