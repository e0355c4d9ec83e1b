namespace Portal.CatalogueSearch.Synonyms;

/// <summary>
/// Other phrasings of what the user typed, from the synonym list: each term of a group found in the
/// text is replaced by each other term of its group (锂电池园区 → 新能源电池园区, 动力电池园区 …).
/// </summary>
internal static class QueryAlternatives
{
    public const int MaxAlternatives = 20;

    public static IReadOnlyList<string> For(string text, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var alternatives = new List<string>();
        foreach (var group in groups)
        {
            // Longest term first, so that 光伏发电 is replaced as a whole rather than as 光伏 + 发电.
            var found = group.OrderByDescending(t => t.Length).FirstOrDefault(t => text.Contains(t, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                continue;
            }

            foreach (var other in group.Where(t => !string.Equals(t, found, StringComparison.OrdinalIgnoreCase)))
            {
                var alternative = text.Replace(found, other, StringComparison.OrdinalIgnoreCase);
                if (!alternatives.Contains(alternative, StringComparer.Ordinal) && alternative != text)
                {
                    alternatives.Add(alternative);
                }

                if (alternatives.Count == MaxAlternatives)
                {
                    return alternatives;
                }
            }
        }

        return alternatives;
    }
}
