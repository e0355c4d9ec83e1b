using System.Text;

namespace Portal.Search.Chinese;

/// <summary>
/// Toneless pinyin of Chinese text, as users type it on a latin keyboard: 绿色铝 → <c>lvselv</c> (ü as
/// <c>v</c>), initials <c>lsl</c>. Readings come from Unihan's kMandarin (first, customary reading);
/// a few industry and place words whose characters read differently in context are overridden.
/// Engines index <see cref="FullTerms"/> and <see cref="InitialTerms"/> and match typed pinyin as a prefix.
/// </summary>
public static class Pinyin
{
    /// <summary>How many characters one indexed term spans: enough for any name a user types in pinyin.</summary>
    public const int TermWindow = 8;

    private const int FirstCodePoint = 0x3400;

    // Words whose characters take a reading other than their first kMandarin value here.
    private static readonly Dictionary<string, string[]> WordOverrides = new(StringComparer.Ordinal)
    {
        ["重庆"] = ["chong", "qing"],
        ["银行"] = ["yin", "hang"],
        ["行业"] = ["hang", "ye"],
        ["长江"] = ["chang", "jiang"],
        ["长期"] = ["chang", "qi"],
        ["长水"] = ["chang", "shui"],
        ["长三角"] = ["chang", "san", "jiao"],
        ["成都"] = ["cheng", "du"],
        ["首都"] = ["shou", "du"],
        ["藏族"] = ["zang", "zu"],
        ["西藏"] = ["xi", "zang"],
        ["厦门"] = ["xia", "men"],
        ["单晶"] = ["dan", "jing"],
        ["调度"] = ["diao", "du"],
        ["音乐"] = ["yin", "yue"],
    };

    private static readonly int LongestOverride = WordOverrides.Keys.Max(key => key.Length);

    private static readonly string?[] Table = LoadTable();

    /// <summary>The toneless reading of one ideograph, or null when the character is not a known CJK ideograph.</summary>
    public static string? SyllableOf(char character)
    {
        var index = character - FirstCodePoint;
        return index >= 0 && index < Table.Length ? Table[index] : null;
    }

    /// <summary>Full pinyin of the text, syllables joined: 绿色铝 → <c>lvselv</c>. Latin letters and digits are kept (lower case); everything else is dropped.</summary>
    public static string Full(string text) => string.Concat(Units(text));

    /// <summary>First letter of each syllable: 绿色铝 → <c>lsl</c>. A latin word or number counts as one syllable.</summary>
    public static string Initials(string text)
    {
        var units = Units(text);
        var builder = new StringBuilder(units.Count);
        foreach (var unit in units)
        {
            builder.Append(unit[0]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Full-pinyin terms to index: for every character, the syllables from it onwards (up to
    /// <see cref="TermWindow"/> characters) joined, so a typed prefix such as <c>lvselv</c> matches 绿色铝 anywhere
    /// in 曲靖绿色铝产业园.
    /// </summary>
    public static IReadOnlyList<string> FullTerms(string text) => Windows(Units(text), initialsOnly: false);

    /// <summary>Initials terms to index, built like <see cref="FullTerms"/>: a typed <c>lsl</c> matches 绿色铝 anywhere in a title.</summary>
    public static IReadOnlyList<string> InitialTerms(string text) => Windows(Units(text), initialsOnly: true);

    /// <summary>Whether the text has at least one character with a known reading.</summary>
    public static bool HasChinese(string text)
    {
        foreach (var character in text)
        {
            if (SyllableOf(character) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text as reading units: one syllable per ideograph, one unit per latin word or number.</summary>
    internal static List<string> Units(string text)
    {
        var units = new List<string>(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            if (TryOverride(text, position, units, out var consumed))
            {
                position += consumed;
                continue;
            }

            var character = text[position];
            if (SyllableOf(character) is { } syllable)
            {
                units.Add(syllable);
                position++;
            }
            else if (char.IsAsciiLetterOrDigit(character))
            {
                var start = position;
                while (position < text.Length && char.IsAsciiLetterOrDigit(text[position]))
                {
                    position++;
                }

                units.Add(text[start..position].ToLowerInvariant());
            }
            else
            {
                position++;
            }
        }

        return units;
    }

    private static bool TryOverride(string text, int position, List<string> units, out int consumed)
    {
        for (var length = Math.Min(LongestOverride, text.Length - position); length >= 2; length--)
        {
            if (WordOverrides.TryGetValue(text.Substring(position, length), out var syllables))
            {
                units.AddRange(syllables);
                consumed = length;
                return true;
            }
        }

        consumed = 0;
        return false;
    }

    private static List<string> Windows(List<string> units, bool initialsOnly)
    {
        var terms = new List<string>(units.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = new StringBuilder();
        for (var start = 0; start < units.Count; start++)
        {
            builder.Clear();
            var end = Math.Min(units.Count, start + TermWindow);
            for (var i = start; i < end; i++)
            {
                if (initialsOnly)
                {
                    builder.Append(units[i][0]);
                }
                else
                {
                    builder.Append(units[i]);
                }
            }

            var term = builder.ToString();
            if (seen.Add(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    private static string?[] LoadTable()
    {
        var table = new string?[0x10000 - FirstCodePoint];
        using var stream = typeof(Pinyin).Assembly.GetManifestResourceStream("Portal.Search.Chinese.PinyinTable.txt")
            ?? throw new InvalidOperationException("The embedded pinyin table is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var syllable = string.Intern(line[..tab]);
            var codePoint = 0;
            foreach (var delta in line[(tab + 1)..].Split(' '))
            {
                codePoint += Convert36(delta);
                if (codePoint >= FirstCodePoint)
                {
                    table[codePoint - FirstCodePoint] = syllable;
                }
            }
        }

        return table;
    }

    private static int Convert36(string digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 36) + (digit <= '9' ? digit - '0' : digit - 'a' + 10);
        }

        return value;
    }
}
