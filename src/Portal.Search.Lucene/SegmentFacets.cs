using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Portal.Search.Lucene;

/// <summary>
/// The kind, prefecture and chains of every document of one segment, as plain arrays of ordinals with the
/// values beside them, and the amounts the range filters check. Doc values answer one document at a time
/// through packed readers, which cost more than the text query itself when every hit is counted; a
/// segment never changes, so it is read once, on its first search, and kept while Lucene keeps the
/// segment (a weak table on its core key). A document's kind, prefecture and chain range sit together in
/// one <see cref="DocFacets"/>, so counting a hit reads one cache line where four arrays cost four. About
/// 60 bytes a document.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Loaded = new();

    /// <summary>An amount the document does not have.</summary>
    public const long Missing = long.MinValue;

    private SegmentFacets(Single kinds, Single prefectures, Multi chains, Func<string, long[]> amounts)
    {
        KindValues = kinds.Values;
        PrefectureValues = prefectures.Values;
        ChainValues = chains.Values;
        ChainOrds = chains.Ords;
        Docs = new DocFacets[kinds.Ords.Length];
        for (var doc = 0; doc < Docs.Length; doc++)
        {
            Docs[doc] = new DocFacets(kinds.Ords[doc], prefectures.Ords[doc], chains.Starts[doc], chains.Starts[doc + 1]);
        }

        AvailableLand = amounts(IndexFields.AvailableLand);
        LandPrice = amounts(IndexFields.LandPrice);
        PowerPrice = amounts(IndexFields.PowerPrice);
        EffectiveFrom = amounts(IndexFields.EffectiveFrom);
        EffectiveTo = amounts(IndexFields.EffectiveTo);
        PolicyKind = Array.IndexOf(kinds.Values, SearchKinds.Code(SearchKind.Policy));
    }

    /// <summary>Per document: ordinals into <see cref="KindValues"/> and <see cref="PrefectureValues"/>, and its chains' range of <see cref="ChainOrds"/>.</summary>
    public DocFacets[] Docs { get; }

    public string[] KindValues { get; }

    public string[] PrefectureValues { get; }

    public string[] ChainValues { get; }

    /// <summary>Ordinals into <see cref="ChainValues"/>, document after document.</summary>
    public int[] ChainOrds { get; }

    /// <summary>Scaled as <see cref="IndexFields.Scaled"/>, or <see cref="Missing"/>.</summary>
    public long[] AvailableLand { get; }

    public long[] LandPrice { get; }

    public long[] PowerPrice { get; }

    /// <summary>Day numbers of a policy's period, open ends as the extremes; <see cref="Missing"/> on other kinds.</summary>
    public long[] EffectiveFrom { get; }

    public long[] EffectiveTo { get; }

    /// <summary>The ordinal of policies in <see cref="KindValues"/>, -1 when the segment has none.</summary>
    public int PolicyKind { get; }

    public static SegmentFacets Of(AtomicReader reader)
    {
        var key = reader.CoreCacheKey;
        return Loaded.TryGetValue(key, out var facets) ? facets : Loaded.GetValue(key, _ => Load(reader));
    }

    private static SegmentFacets Load(AtomicReader reader) => new(
        Single.Load(reader.GetSortedDocValues(IndexFields.Kind), reader.MaxDoc),
        Single.Load(reader.GetSortedDocValues(IndexFields.Prefecture), reader.MaxDoc),
        Multi.Load(reader.GetSortedSetDocValues(IndexFields.Chain), reader.MaxDoc),
        field => Amounts(reader, field));

    private static long[] Amounts(AtomicReader reader, string field)
    {
        var amounts = new long[reader.MaxDoc];
        var values = reader.GetNumericDocValues(field);
        var present = reader.GetDocsWithField(field);
        for (var doc = 0; doc < amounts.Length; doc++)
        {
            amounts[doc] = values is not null && present is not null && present.Get(doc) ? values.Get(doc) : Missing;
        }

        return amounts;
    }

    private static string[] Values(int count, Action<int, BytesRef> lookup)
    {
        var values = new string[count];
        var scratch = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, scratch);
            values[ord] = scratch.Utf8ToString();
        }

        return values;
    }

    /// <summary>One document's facets: <see cref="Kind"/> and <see cref="Prefecture"/> are ordinals (-1: none); its chains are <c>ChainOrds[ChainStart..ChainEnd]</c>.</summary>
    internal readonly record struct DocFacets(int Kind, int Prefecture, int ChainStart, int ChainEnd);

    /// <summary>One value a document: <c>Ords[doc]</c> indexes <c>Values</c>, or is -1 when the document has none.</summary>
    private sealed class Single(int[] ords, string[] values)
    {
        public int[] Ords { get; } = ords;

        public string[] Values { get; } = values;

        public static Single Load(SortedDocValues? source, int maxDoc)
        {
            var ords = new int[maxDoc];
            if (source is null)
            {
                Array.Fill(ords, -1);
                return new Single(ords, []);
            }

            for (var doc = 0; doc < maxDoc; doc++)
            {
                ords[doc] = source.GetOrd(doc);
            }

            return new Single(ords, SegmentFacets.Values(source.ValueCount, source.LookupOrd));
        }
    }

    /// <summary>Any number of values a document: its ordinals are <c>Ords[Starts[doc]..Starts[doc + 1]]</c>.</summary>
    private sealed class Multi(int[] starts, int[] ords, string[] values)
    {
        public int[] Starts { get; } = starts;

        public int[] Ords { get; } = ords;

        public string[] Values { get; } = values;

        public static Multi Load(SortedSetDocValues? source, int maxDoc)
        {
            var starts = new int[maxDoc + 1];
            if (source is null)
            {
                return new Multi(starts, [], []);
            }

            var ords = new List<int>(maxDoc * 2);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ords.Count;
                source.SetDocument(doc);
                long ord;
                while ((ord = source.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ords.Add((int)ord);
                }
            }

            starts[maxDoc] = ords.Count;
            return new Multi(starts, [.. ords], SegmentFacets.Values((int)source.ValueCount, (ord, scratch) => source.LookupOrd(ord, scratch)));
        }
    }
}
