using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Lucene;

/// <summary>
/// One pass over the hits of the text and term filters: drops those outside the range filters, applies
/// the kind, prefecture and chain filters, hands the documents that pass all three to the ranking
/// collector, and counts each facet over the documents that pass the other two (so a facet ignores its
/// own filter). Values come from the
/// segment's <see cref="SegmentFacets"/> arrays and are counted by ordinal; names are looked up once per
/// segment.
/// </summary>
internal sealed class FacetingCollector(ICollector ranking, FacetSelection selection, RangeFilters? ranges) : ICollector
{
    private readonly Dictionary<string, long> kindCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> prefectureCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> chainCounts = new(StringComparer.Ordinal);

    private SegmentFacets? segment;
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
        segment = SegmentFacets.Of(context.AtomicReader);
        kindAllowed = Allowed(segment.KindValues, selection.Kinds);
        prefectureAllowed = Allowed(segment.PrefectureValues, selection.Prefectures);
        chainAllowed = Allowed(segment.ChainValues, selection.Chains);
        segmentKinds = new int[segment.KindValues.Length];
        segmentPrefectures = new int[segment.PrefectureValues.Length];
        segmentChains = new int[segment.ChainValues.Length];
        ranking.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var facets = segment!;
        ref readonly var entry = ref facets.Docs[doc];
        if (ranges is not null && !ranges.Passes(facets, doc, entry.Kind))
        {
            return;
        }

        var kind = entry.Kind;
        var prefecture = entry.Prefecture;
        var kindOk = kindAllowed is null || (kind >= 0 && kindAllowed[kind]);
        var prefectureOk = prefectureAllowed is null || (prefecture >= 0 && prefectureAllowed[prefecture]);

        var chainOrds = facets.ChainOrds;
        var chainOk = chainAllowed is null;
        for (var i = entry.ChainStart; i < entry.ChainEnd && !chainOk; i++)
        {
            chainOk = chainAllowed![chainOrds[i]];
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
            for (var i = entry.ChainStart; i < entry.ChainEnd; i++)
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

    // No selection is no filter (null); a selected value the segment lacks allows nothing there.
    private static bool[]? Allowed(string[] values, IReadOnlySet<string> selected)
    {
        if (selected.Count == 0)
        {
            return null;
        }

        var allowed = new bool[values.Length];
        for (var ord = 0; ord < values.Length; ord++)
        {
            allowed[ord] = selected.Contains(values[ord]);
        }

        return allowed;
    }

    private void FlushSegment()
    {
        if (segment is null)
        {
            return;
        }

        Add(kindCounts, segment.KindValues, segmentKinds);
        Add(prefectureCounts, segment.PrefectureValues, segmentPrefectures);
        Add(chainCounts, segment.ChainValues, segmentChains);
        segment = null;
    }

    private static void Add(Dictionary<string, long> counts, string[] values, int[] segmentCounts)
    {
        for (var ord = 0; ord < segmentCounts.Length; ord++)
        {
            if (segmentCounts[ord] > 0)
            {
                counts[values[ord]] = counts.GetValueOrDefault(values[ord]) + segmentCounts[ord];
            }
        }
    }
}

/// <summary>The facet filters of a query: any of the values, none selected means no filter.</summary>
internal sealed record FacetSelection(IReadOnlySet<string> Kinds, IReadOnlySet<string> Prefectures, IReadOnlySet<string> Chains);
