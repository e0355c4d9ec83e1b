namespace Portal.Search.Lucene;

/// <summary>Settings of the embedded Lucene.Net index.</summary>
public sealed class LuceneSearchOptions
{
    /// <summary>
    /// The folder that holds the index (the module uses <c>{Portal:DataPath}/search</c>). The live index lives in a
    /// sub-folder named in <c>live.txt</c>; a rebuild writes a sibling sub-folder and switches the pointer.
    /// </summary>
    public string IndexPath { get; set; } = "";
}
