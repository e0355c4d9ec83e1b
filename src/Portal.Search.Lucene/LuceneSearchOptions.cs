namespace Portal.Search.Lucene;

/// <summary>Settings of the embedded Lucene.Net index.</summary>
public sealed class LuceneSearchOptions
{
    /// <summary>
    /// The folder that holds the index (the module uses <c>{Portal:DataPath}/search</c>). The live index lives in a
    /// sub-folder named in <c>live.txt</c>; a rebuild writes a sibling sub-folder and switches the pointer.
    /// </summary>
    public string IndexPath { get; set; } = "";

    /// <summary>
    /// How many matched documents the match cache may hold (8 bytes each; 0 turns it off). It serves another
    /// facet, sort order or page of words just searched (see <c>MatchCache</c>); 2,000,000 is about 16 MB.
    /// </summary>
    public int MatchCacheDocuments { get; set; } = DefaultMatchCacheDocuments;

    public const int DefaultMatchCacheDocuments = 2_000_000;

    /// <summary>
    /// How many searches and suggestions run at once (0: one per processor). Searching is all CPU: more at
    /// once than there are cores only shares them, and a costly search then takes as long as all the others
    /// together. Beyond this, requests wait their turn in arrival order, as in Elasticsearch's search pool.
    /// </summary>
    public int MaxConcurrentSearches { get; set; }
}
