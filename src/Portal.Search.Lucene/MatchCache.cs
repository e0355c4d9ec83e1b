using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Lucene;

/// <summary>
/// The documents a text query (with its tenant and level filters) matched in the current index, with
/// their scores: what faceted navigation asks for again and again. Another prefecture, kind, amount
/// range, sort order or page of the same words is then a pass over these arrays instead of the postings.
/// Facet, range and paging all apply afterwards (see <see cref="FacetingCollector"/>), so every variant
/// answers exactly as a fresh search would. Entries belong to one reader version: any write starts over.
/// Bounded by documents held (8 bytes each), least recently used first out.
/// </summary>
internal sealed class MatchCache(int capacityDocuments)
{
    private readonly Lock sync = new();
    private readonly Dictionary<MatchKey, LinkedListNode<(MatchKey Key, MatchSet Set)>> entries = [];
    private readonly LinkedList<(MatchKey Key, MatchSet Set)> recency = new();
    private long version = -1;
    private long held;

    public bool Enabled => capacityDocuments > 0;

    public MatchSet? Find(MatchKey key)
    {
        lock (sync)
        {
            if (key.Version != version || !entries.TryGetValue(key, out var node))
            {
                return null;
            }

            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value.Set;
        }
    }

    public void Keep(MatchKey key, MatchSet set)
    {
        // One huge answer must not push out everything else.
        if (!Enabled || set.Documents > capacityDocuments / 4)
        {
            return;
        }

        lock (sync)
        {
            if (key.Version != version)
            {
                if (key.Version < version)
                {
                    return; // a search that began on an older reader
                }

                entries.Clear();
                recency.Clear();
                held = 0;
                version = key.Version;
            }

            if (entries.ContainsKey(key))
            {
                return;
            }

            while (held + set.Documents > capacityDocuments && recency.Last is { } oldest)
            {
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
                held -= oldest.Value.Set.Documents;
            }

            entries[key] = recency.AddFirst((key, set));
            held += set.Documents;
        }
    }
}

/// <param name="Version">The reader's version (<see cref="DirectoryReader.Version"/>) within one index generation.</param>
/// <param name="Generation">The index folder: a rebuild starts versions over in a new one.</param>
internal readonly record struct MatchKey(string Generation, long Version, string Query, bool Scored);

/// <summary>Matched documents per segment (by leaf ordinal), in document order, with scores when asked.</summary>
internal sealed class MatchSet(int[][] documents, float[]?[] scores)
{
    public long Documents { get; } = documents.Sum(leaf => (long)leaf.Length);

    /// <summary>Hands every document to <paramref name="collector"/> as Lucene's search would.</summary>
    public void Replay(IndexReader reader, ICollector collector)
    {
        var leaves = reader.Leaves;
        var scorer = new ReplayScorer();
        for (var leaf = 0; leaf < leaves.Count && leaf < documents.Length; leaf++)
        {
            collector.SetNextReader(leaves[leaf]);
            collector.SetScorer(scorer);
            var docs = documents[leaf];
            var leafScores = scores[leaf];
            for (var i = 0; i < docs.Length; i++)
            {
                scorer.Doc = docs[i];
                scorer.Score = leafScores?[i] ?? 1f;
                collector.Collect(docs[i]);
            }
        }
    }

    /// <summary>Records what a search matched, for <see cref="MatchCache"/>.</summary>
    internal sealed class Recorder(int leaves, bool scored) : ICollector
    {
        private readonly int[][] documents = new int[leaves][];
        private readonly float[]?[] scores = new float[leaves][];
        private int[] docs = ArrayPool<int>.Shared.Rent(1024);
        private float[] leafScores = scored ? ArrayPool<float>.Shared.Rent(1024) : [];
        private int count;
        private int leaf = -1;
        private Scorer? scorer;

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            leaf = context.Ord;
        }

        public void Collect(int doc)
        {
            if (count == docs.Length)
            {
                Grow(ref docs);
                if (scored)
                {
                    Grow(ref leafScores);
                }
            }

            docs[count] = doc;
            if (scored)
            {
                leafScores[count] = scorer!.GetScore();
            }

            count++;
        }

        /// <summary>The recorded set; the growing buffers (pooled, so a big answer leaves no garbage) go back.</summary>
        public MatchSet ToSet()
        {
            Flush();
            ArrayPool<int>.Shared.Return(docs);
            if (scored)
            {
                ArrayPool<float>.Shared.Return(leafScores);
            }

            for (var i = 0; i < documents.Length; i++)
            {
                documents[i] ??= [];
            }

            return new MatchSet(documents, scores);
        }

        private static void Grow<T>(ref T[] buffer)
        {
            var larger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan().CopyTo(larger);
            ArrayPool<T>.Shared.Return(buffer);
            buffer = larger;
        }

        private void Flush()
        {
            if (leaf >= 0)
            {
                documents[leaf] = docs.AsSpan(0, count).ToArray();
                scores[leaf] = scored ? leafScores.AsSpan(0, count).ToArray() : null;
            }

            count = 0;
        }
    }

    /// <summary>Plays Lucene's scorer for replayed documents: the recorded score of the current one.</summary>
    private sealed class ReplayScorer() : Scorer(null)
    {
        public int Doc { get; set; } = -1;

        public float Score { get; set; }

        public override int DocID => Doc;

        public override int Freq => 1;

        public override float GetScore() => Score;

        public override int NextDoc() => throw new NotSupportedException("Replayed documents are pushed, not pulled.");

        public override int Advance(int target) => throw new NotSupportedException("Replayed documents are pushed, not pulled.");

        public override long GetCost() => 1;
    }
}
