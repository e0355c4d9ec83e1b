using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Portal.Search.Lucene;

/// <summary>
/// The two analyzers: SmartCn word segmentation (新能源电池 → 新 | 能源 | 电池) for precision and CJK bigrams
/// (新能 | 能源 | 源电 | 电池) for recall. Analyzers are thread-safe (per-thread token stream reuse).
/// </summary>
internal sealed class ChineseAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public ChineseAnalyzers()
    {
        Words = new SmartChineseAnalyzer(Version, useDefaultStopWords: true);
        Bigrams = new CJKAnalyzer(Version);
        Indexing = new PerFieldAnalyzerWrapper(Words, new Dictionary<string, Analyzer>
        {
            [IndexFields.TitleBigram] = Bigrams,
            [IndexFields.KeywordsBigram] = Bigrams,
            [IndexFields.BodyBigram] = Bigrams,
        });
    }

    public Analyzer Words { get; }

    public Analyzer Bigrams { get; }

    /// <summary>What the IndexWriter uses: bigram fields get bigrams, every other analyzed field SmartCn.</summary>
    public Analyzer Indexing { get; }

    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (value.Length > 0 && !terms.Contains(value))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        Indexing.Dispose();
        Words.Dispose();
        Bigrams.Dispose();
    }
}
