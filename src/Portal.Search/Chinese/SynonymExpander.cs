namespace Portal.Search.Chinese;

/// <summary>
/// Turns the host's synonym groups (lists of interchangeable industry terms) into
/// <see cref="SearchQuery.Alternatives"/>: a query naming one term of a group is also run with each other
/// term in its place (曲靖 锂电 → 曲靖 新能源电池, 曲靖 动力电池 …). A latin query that is the pinyin or the
/// initials (or their beginning) of a known term is also run as the Chinese terms (<c>lvl</c> → 绿铝, 绿色铝 …),
/// which lets pinyin reach bodies that the pinyin fields do not cover. Immutable and thread-safe.
/// </summary>
public sealed class SynonymExpander
{
    /// <summary>Alternatives per query: each one is a full query run, so they are kept few.</summary>
    public const int MaxAlternatives = 8;

    /// <summary>Shortest pinyin that is looked up among the terms: fewer letters match too much.</summary>
    public const int MinPinyinKeyLength = 3;

    private readonly IReadOnlyList<string[]> groups;
    private readonly (string Term, int Group)[] termsLongestFirst;
    private readonly (string Full, string Initials, string Term, int Group)[] pinyinOfTerms;

    public SynonymExpander(IEnumerable<IEnumerable<string>> synonymGroups)
    {
        ArgumentNullException.ThrowIfNull(synonymGroups);
        groups =
        [
            .. synonymGroups
                .Select(group => group.Select(QueryText.Normalize).Where(term => term.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray())
                .Where(group => group.Length > 1),
        ];
        termsLongestFirst =
        [
            .. groups.SelectMany((group, index) => group.Select(term => (term, index)))
                .OrderByDescending(entry => entry.term.Length),
        ];
        pinyinOfTerms =
        [
            .. termsLongestFirst
                .Where(entry => Pinyin.HasChinese(entry.Term))
                .Select(entry => (Pinyin.Full(entry.Term), Pinyin.Initials(entry.Term), entry.Term, entry.Group)),
        ];
    }

    /// <summary>An expander over <see cref="DefaultSynonyms.Groups"/>.</summary>
    public static SynonymExpander Default { get; } = new(DefaultSynonyms.Groups);

    /// <summary>The query with <see cref="SearchQuery.Alternatives"/> filled from its normalized text.</summary>
    public SearchQuery Expand(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query with { Alternatives = Alternatives(query.Text) };
    }

    /// <summary>Other phrasings of the text, best first, without the text itself; at most <see cref="MaxAlternatives"/>.</summary>
    public IReadOnlyList<string> Alternatives(string? text)
    {
        var normalized = QueryText.Normalize(text);
        if (normalized.Length == 0)
        {
            return [];
        }

        var alternatives = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { normalized };

        void Add(string alternative)
        {
            if (alternatives.Count < MaxAlternatives && seen.Add(alternative))
            {
                alternatives.Add(alternative);
            }
        }

        foreach (var (start, length, group) in Matches(normalized))
        {
            foreach (var other in groups[group])
            {
                Add(string.Concat(normalized.AsSpan(0, start), other, normalized.AsSpan(start + length)));
            }
        }

        if (QueryText.IsPinyinCandidate(normalized))
        {
            var key = QueryText.PinyinKey(normalized);
            if (key.Length >= MinPinyinKeyLength)
            {
                foreach (var (full, initials, term, group) in pinyinOfTerms)
                {
                    if (full.StartsWith(key, StringComparison.Ordinal) || (key.Length <= initials.Length && initials.StartsWith(key, StringComparison.Ordinal)))
                    {
                        Add(term);
                        foreach (var other in groups[group])
                        {
                            Add(other);
                        }
                    }
                }
            }
        }

        return alternatives;
    }

    // Non-overlapping occurrences of group terms, longest term first (锂电池 before 锂电); latin terms only as whole words.
    private List<(int Start, int Length, int Group)> Matches(string text)
    {
        var matches = new List<(int Start, int Length, int Group)>();
        var taken = new bool[text.Length];
        foreach (var (term, group) in termsLongestFirst)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(term, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                from = at + 1;
                if (IsFree(taken, at, term.Length) && (!char.IsAsciiLetter(term[0]) || IsWholeWord(text, at, term.Length)))
                {
                    Array.Fill(taken, true, at, term.Length);
                    matches.Add((at, term.Length, group));
                }
            }
        }

        matches.Sort((left, right) => left.Start.CompareTo(right.Start));
        return matches;
    }

    private static bool IsFree(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWholeWord(string text, int start, int length) =>
        (start == 0 || !char.IsAsciiLetter(text[start - 1])) &&
        (start + length == text.Length || !char.IsAsciiLetter(text[start + length]));
}
