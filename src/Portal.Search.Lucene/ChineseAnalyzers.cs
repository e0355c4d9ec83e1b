using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Portal.Search.Lucene;

/// <summary>
/// The analyzers. CJK characters and bigrams (新 新能 能 能源 …) are the only analysis of indexed text:
/// SmartCn costs several times more per character, and indexing has to keep up with thousands of items a
/// second. SmartCn word segmentation (新能源电池 → 新 | 能源 | 电池) splits the query into words, each
/// looked up by its grams.
/// Analyzers are thread-safe (per-thread stream reuse).
/// </summary>
internal sealed class ChineseAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public ChineseAnalyzers()
    {
        Words = new SmartChineseAnalyzer(Version, useDefaultStopWords: true);
        Grams = new CjkGramAnalyzer(outputUnigrams: true);
        QueryBigrams = new CjkGramAnalyzer(outputUnigrams: false);
        Terms = new WhitespaceAnalyzer(Version);
        Indexing = new PerFieldAnalyzerWrapper(Grams, new Dictionary<string, Analyzer>
        {
            [IndexFields.TitleBigram] = Grams,
            [IndexFields.KeywordsBigram] = Grams,
            [IndexFields.Text] = Grams,
            [IndexFields.Place] = Grams,
            [IndexFields.PinyinFull] = Terms,
            [IndexFields.PinyinInitials] = Terms,
            [IndexFields.KeywordsPinyinFull] = Terms,
            [IndexFields.KeywordsPinyinInitials] = Terms,
        });
    }

    /// <summary>SmartCn words.</summary>
    public Analyzer Words { get; }

    /// <summary>Every CJK character and every pair of neighbours: what the bigram fields index.</summary>
    public Analyzer Grams { get; }

    /// <summary>Pairs only (a lone character stays a unigram): what a query looks up in the bigram fields.</summary>
    public Analyzer QueryBigrams { get; }

    /// <summary>Space-separated exact terms (the pinyin fields).</summary>
    public Analyzer Terms { get; }

    /// <summary>What the IndexWriter uses: grams for the text fields, whitespace for the pinyin terms.</summary>
    public Analyzer Indexing { get; }

    public static List<string> TermsOf(Analyzer analyzer, string field, string text)
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
        Grams.Dispose();
        QueryBigrams.Dispose();
        Terms.Dispose();
    }

    /// <summary>StandardTokenizer (one token per CJK character, latin words whole), width folding, lower case, CJK bigrams.</summary>
    private sealed class CjkGramAnalyzer(bool outputUnigrams) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new CJKWidthFilter(source);
            result = new LowerCaseFilter(Version, result);
            result = new CJKBigramFilter(result, CJKScript.ALL, outputUnigrams);
            return new TokenStreamComponents(source, result);
        }
    }
}
