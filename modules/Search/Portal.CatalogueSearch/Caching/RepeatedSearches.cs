namespace Portal.CatalogueSearch.Caching;

/// <summary>
/// Which answers are worth caching: those of searches asked again. Most distinct searches are asked once
/// (a crawler walking every filter and page, a typo); caching them costs memory and, under load, garbage
/// collections that copy them, and saves nothing. So an answer is written to the cache from the second
/// asking of its search on; the first asking still reads the cache (another node may have written it).
/// Elasticsearch's query cache and TinyLFU's "doorkeeper" admit entries the same way. Remembers about the
/// last 65,536 searches: one slot per key hash, which a newer key may take over (it is then asked "again"
/// once more before it is cached; never an error).
/// </summary>
internal sealed class RepeatedSearches
{
    private const int Slots = 1 << 16;

    private readonly long[] seen = new long[Slots];

    /// <summary>Whether the search with this cache key was asked before; remembers it either way.</summary>
    public bool AskedBefore(string key)
    {
        var hash = (uint)string.GetHashCode(key, StringComparison.Ordinal);
        var tag = (1L << 32) | hash; // never 0, an empty slot
        return Interlocked.Exchange(ref seen[hash & (Slots - 1)], tag) == tag;
    }
}
