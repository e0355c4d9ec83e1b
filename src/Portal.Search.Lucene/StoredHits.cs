using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Lucene;

/// <summary>
/// The stored fields of documents already shown as hits, kept per segment. Reading one decompresses its
/// block of stored fields, a quarter of a search's time for a page of 20; the same parks and policies
/// top many searches. A segment never changes, so an entry is never stale; it goes with its segment.
/// At most <see cref="MaxPerSegment"/> documents a segment (about 1 KB each).
/// </summary>
internal static class StoredHits
{
    private const int MaxPerSegment = 20_000;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<int, Document>> Segments = new();

    public static Document Load(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var reader = leaf.AtomicReader;
        var documents = Segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<int, Document>());
        if (documents.TryGetValue(local, out var document))
        {
            return document;
        }

        document = reader.Document(local);
        if (documents.Count < MaxPerSegment)
        {
            documents.TryAdd(local, document);
        }

        return document;
    }
}
