using Portal.Search.Chinese;

namespace Portal.CatalogueSearch.Synonyms;

/// <summary>
/// One <see cref="SynonymExpander"/> per synonym list, kept while the list stays the same: building one
/// computes the pinyin of every term, which is not work to repeat on every search.
/// </summary>
internal sealed class SynonymExpanders
{
    // A reference swap is atomic: concurrent searches see either the old entry or the new one, never half.
    private Entry? _last;

    public SynonymExpander For(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        // The cache hands out the same list instance until it changes: no need to compare its contents.
        var last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last.Groups, groups))
        {
            return last.Expander;
        }

        var key = string.Join('\u001f', groups.Select(g => string.Join('\u001e', g)));
        if (last is not null && last.Key == key)
        {
            Volatile.Write(ref _last, last with { Groups = groups });
            return last.Expander;
        }

        var expander = new SynonymExpander(groups);
        Volatile.Write(ref _last, new Entry(groups, key, expander));
        return expander;
    }

    private sealed record Entry(IReadOnlyList<IReadOnlyList<string>> Groups, string Key, SynonymExpander Expander);
}
