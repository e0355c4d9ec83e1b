using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Portal.Search.Lucene;

/// <summary>
/// The kind, prefecture and chains of every document of one segment, as plain arrays of ordinals with the
/// values beside them, and the amounts the range filters check. Doc values answer one document at a time
/// through packed readers, which cost more than the text query itself when every hit is counted; a
/// segment never changes, so it is read once, on its first search, and kept while Lucene keeps the
/// segment (a weak table on its core key). About 50 bytes a document.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Loaded = new();

    /// <summary>An amount the document does not have.</summary>
    public const long Missing = long.MinValue;

    private SegmentFacets(Single kinds, Single prefectures, Multi chains, Func<string, long[]> amounts)
    {
        Kinds = kinds;
        Prefectures = prefectures;
        Chains = chains;
        AvailableLand = amounts(IndexFields.AvailableLand);
        LandPrice = amounts(IndexFields.LandPrice);
        PowerPrice = amounts(IndexFields.PowerPrice);
        EffectiveFrom = amounts(IndexFields.EffectiveFrom);
        EffectiveTo = amounts(IndexFields.EffectiveTo);
        PolicyKind = Array.IndexOf(kinds.Values, SearchKinds.Code(SearchKind.Policy));
    }

    public Single Kinds { get; }

    public Single Prefectures { get; }

    public Multi Chains { get; }

    /// <summary>Scaled as <see cref="IndexFields.Scaled"/>, or <see cref="Missing"/>.</summary>
    public long[] AvailableLand { get; }

    public long[] LandPrice { get; }

    public long[] PowerPrice { get; }

    /// <summary>Day numbers of a policy's period, open ends as the extremes; <see cref="Missing"/> on other kinds.</summary>
    public long[] EffectiveFrom { get; }

    public long[] EffectiveTo { get; }

    /// <summary>The ordinal of policies in <see cref="Kinds"/>, -1 when the segment has none.</summary>
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

    /// <summary>One value a document: <c>Ords[doc]</c> indexes <c>Values</c>, or is -1 when the document has none.</summary>
    internal sealed class Single(int[] ords, string[] values)
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
    internal sealed class Multi(int[] starts, int[] ords, string[] values)
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
