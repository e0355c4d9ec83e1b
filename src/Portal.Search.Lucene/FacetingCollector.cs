using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Portal.Search.Lucene;

/// <summary>
/// One pass over the hits of the text and non-facet filters: applies the kind, prefecture and chain
/// filters from doc values, hands the documents that pass all three to the ranking collector, and counts
/// each facet over the documents that pass the other two (so a facet ignores its own filter).
/// Counting is by segment ordinal into arrays; values are looked up once per segment.
/// </summary>
internal sealed class FacetingCollector(ICollector ranking, FacetSelection selection) : ICollector
{
    private readonly Dictionary<string, long> kindCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> prefectureCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> chainCounts = new(StringComparer.Ordinal);
    private long[] chainOrds = new long[8];

    private SortedDocValues? kinds;
    private SortedDocValues? prefectures;
    private SortedSetDocValues? chains;
    private bool[]? kindAllowed;
    private bool[]? prefectureAllowed;
    private bool[]? chainAllowed;
    private int[] segmentKinds = [];
    private int[] segmentPrefectures = [];
    private int[] segmentChains = [];

    public long Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => ranking.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => ranking.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        kinds = reader.GetSortedDocValues(IndexFields.Kind);
        prefectures = reader.GetSortedDocValues(IndexFields.Prefecture);
        chains = reader.GetSortedSetDocValues(IndexFields.Chain);
        kindAllowed = Allowed(kinds, selection.Kinds);
        prefectureAllowed = Allowed(prefectures, selection.Prefectures);
        chainAllowed = Allowed(chains, selection.Chains);
        segmentKinds = new int[kinds?.ValueCount ?? 0];
        segmentPrefectures = new int[prefectures?.ValueCount ?? 0];
        segmentChains = new int[chains?.ValueCount ?? 0];
        ranking.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var kind = kinds?.GetOrd(doc) ?? -1;
        var prefecture = prefectures?.GetOrd(doc) ?? -1;
        var kindOk = Passes(kindAllowed, selection.Kinds, kind);
        var prefectureOk = Passes(prefectureAllowed, selection.Prefectures, prefecture);

        var chainCount = 0;
        if (chains is not null)
        {
            chains.SetDocument(doc);
            long ord;
            while ((ord = chains.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (chainCount == chainOrds.Length)
                {
                    Array.Resize(ref chainOrds, chainOrds.Length * 2);
                }

                chainOrds[chainCount++] = ord;
            }
        }

        var chainOk = selection.Chains.Count == 0;
        if (!chainOk && chainAllowed is not null)
        {
            for (var i = 0; i < chainCount && !chainOk; i++)
            {
                chainOk = chainAllowed[chainOrds[i]];
            }
        }

        if (kindOk && prefectureOk && chainOk)
        {
            Total++;
            ranking.Collect(doc);
        }

        if (prefectureOk && chainOk && kind >= 0)
        {
            segmentKinds[kind]++;
        }

        if (kindOk && chainOk && prefecture >= 0)
        {
            segmentPrefectures[prefecture]++;
        }

        if (kindOk && prefectureOk)
        {
            for (var i = 0; i < chainCount; i++)
            {
                segmentChains[chainOrds[i]]++;
            }
        }
    }

    public SearchFacets Facets()
    {
        FlushSegment();
        return new SearchFacets(kindCounts, prefectureCounts, chainCounts);
    }

    private static bool Passes(bool[]? allowed, IReadOnlySet<string> selected, int ord) =>
        selected.Count == 0 || (allowed is not null && ord >= 0 && allowed[ord]);

    private static bool[]? Allowed(SortedDocValues? values, IReadOnlySet<string> selected)
    {
        if (values is null || selected.Count == 0)
        {
            return null;
        }

        var allowed = new bool[values.ValueCount];
        foreach (var value in selected)
        {
            var ord = values.LookupTerm(new BytesRef(value));
            if (ord >= 0)
            {
                allowed[ord] = true;
            }
        }

        return allowed;
    }

    private static bool[]? Allowed(SortedSetDocValues? values, IReadOnlySet<string> selected)
    {
        if (values is null || selected.Count == 0)
        {
            return null;
        }

        var allowed = new bool[values.ValueCount];
        foreach (var value in selected)
        {
            var ord = values.LookupTerm(new BytesRef(value));
            if (ord >= 0)
            {
                allowed[ord] = true;
            }
        }

        return allowed;
    }

    private void FlushSegment()
    {
        var scratch = new BytesRef();
        for (var ord = 0; ord < segmentKinds.Length; ord++)
        {
            if (segmentKinds[ord] > 0)
            {
                kinds!.LookupOrd(ord, scratch);
                Add(kindCounts, scratch.Utf8ToString(), segmentKinds[ord]);
            }
        }

        for (var ord = 0; ord < segmentPrefectures.Length; ord++)
        {
            if (segmentPrefectures[ord] > 0)
            {
                prefectures!.LookupOrd(ord, scratch);
                Add(prefectureCounts, scratch.Utf8ToString(), segmentPrefectures[ord]);
            }
        }

        for (var ord = 0; ord < segmentChains.Length; ord++)
        {
            if (segmentChains[ord] > 0)
            {
                chains!.LookupOrd(ord, scratch);
                Add(chainCounts, scratch.Utf8ToString(), segmentChains[ord]);
            }
        }

        segmentKinds = [];
        segmentPrefectures = [];
        segmentChains = [];
    }

    private static void Add(Dictionary<string, long> counts, string value, long count) =>
        counts[value] = counts.GetValueOrDefault(value) + count;
}

/// <summary>The facet filters of a query: any of the values, none selected means no filter.</summary>
internal sealed record FacetSelection(IReadOnlySet<string> Kinds, IReadOnlySet<string> Prefectures, IReadOnlySet<string> Chains);
