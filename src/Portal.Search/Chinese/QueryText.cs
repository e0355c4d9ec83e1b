using System.Text;

namespace Portal.Search.Chinese;

/// <summary>
/// Cleans what a user typed before any engine sees it: full-width forms folded to half-width (ＡＢＣ，１２ → ABC,12),
/// whitespace collapsed, length capped at <see cref="SearchQuery.MaxTextLength"/>, and every character that means
/// something in a query language (<c>" * ? \ ( ) : + - ! ^ ~ [ ] { } / | &amp; &lt; &gt; =</c>) replaced by a space,
/// so that <c>"</c>, <c>*</c>, <c>AND(</c> and <c>\</c> are at most plain words.
/// </summary>
public static class QueryText
{
    /// <summary>The text to search for; empty when nothing searchable is left.</summary>
    public static string Normalize(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        // Cap before the heavier work so a megabyte of input costs nothing; the cap is applied again after folding.
        var input = raw.Length > SearchQuery.MaxTextLength * 4 ? raw[..(SearchQuery.MaxTextLength * 4)] : raw;
        var folded = ReplaceLoneSurrogates(input).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(Math.Min(folded.Length, SearchQuery.MaxTextLength));
        var pendingSpace = false;
        foreach (var rune in folded.EnumerateRunes())
        {
            if (builder.Length >= SearchQuery.MaxTextLength)
            {
                break;
            }

            if (IsSeparator(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            // ü as people type it in pinyin.
            if (rune.Value is 'ü' or 'Ü')
            {
                builder.Append('v');
            }
            else if (builder.Length + rune.Utf16SequenceLength <= SearchQuery.MaxTextLength)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// Whether the (normalized) text may be pinyin: latin letters and spaces only, such as <c>lvl</c>, <c>lvselv</c>
    /// or <c>qu jing</c>. English words pass too; engines then try both readings.
    /// </summary>
    public static bool IsPinyinCandidate(string text)
    {
        var letters = 0;
        foreach (var character in text)
        {
            if (char.IsAsciiLetter(character))
            {
                letters++;
            }
            else if (character != ' ')
            {
                return false;
            }
        }

        return letters > 0;
    }

    /// <summary>The pinyin key of a candidate: lower case, spaces removed (<c>Lv Se Lv</c> → <c>lvselv</c>).</summary>
    public static string PinyinKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsAsciiLetter(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
        }

        return builder.ToString();
    }

    /// <summary>The whitespace-separated words of a normalized text.</summary>
    public static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // Normalize throws on a lone surrogate; enumerating runes turns each into U+FFFD, which is then dropped as a symbol.
    private static string ReplaceLoneSurrogates(string input)
    {
        if (!input.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return input;
        }

        var builder = new StringBuilder(input.Length);
        foreach (var rune in input.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    private static bool IsSeparator(Rune rune)
    {
        if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
        {
            return true;
        }

        // Query-language operators and quoting, plus CJK punctuation that carries no meaning in a search.
        return rune.Value switch
        {
            '"' or '\'' or '*' or '?' or '\\' or '(' or ')' or ':' or '+' or '-' or '!' or '^' or '~' or '[' or ']'
                or '{' or '}' or '/' or '|' or '&' or '<' or '>' or '=' or ',' or ';' or '`' or '#' or '%' or '@' or '$' => true,
            '，' or '。' or '、' or '；' or '：' or '？' or '！' or '“' or '”' or '‘' or '’' or '（' or '）' or '《' or '》'
                or '【' or '】' or '〔' or '〕' or '…' or '—' or '·' => true,
            _ => Rune.IsPunctuation(rune) || Rune.IsSymbol(rune),
        };
    }
}
