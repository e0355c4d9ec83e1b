using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Chinese;

namespace Portal.Search.Lucene;

/// <summary>
/// Builds Lucene queries from analyzed terms only: the user's text never reaches a query parser, so no
/// input is syntax. Ranking: title above keywords and place, above body; bigram recall below words;
/// synonym alternatives a little below the text itself; pinyin fields only for latin input.
/// </summary>
internal sealed class LuceneQueryBuilder(ChineseAnalyzers analyzers)
{
    /// <summary>Segmented phrases kept; synonyms and popular queries repeat, and SmartCn is the costly part of a query.</summary>
    private const int MaxCachedPhrases = 20_000;

    private readonly ConcurrentDictionary<string, string[]> words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> grams = new(StringComparer.Ordinal);

    private const float TitleBoost = 3f;
    private const float KeywordsBoost = 2f;
    private const float PlaceBoost = 2f;
    private const float AlternativeBoost = 0.7f;
    private const float PinyinTitleBoost = 3f;
    private const float PinyinInitialsBoost = 2.5f;
    private const float PinyinKeywordsBoost = 1.5f;
    private const float PinyinKeywordsInitialsBoost = 1.2f;

    /// <summary>Initials longer than this are not initials anyone types.</summary>
    private const int MaxInitialsLength = Pinyin.TermWindow;

    /// <summary>
    /// The scoring part for a normalized text and its alternatives (null when nothing in it can match), and
    /// the words to mark in titles and snippets. Each phrase is segmented once.
    /// </summary>
    /// <remarks>
    /// With <paramref name="scored"/> false (results ordered by date) only what decides the match is built:
    /// the clauses that weigh fields would cost a scorer per hit for nothing. Synonym alternatives decide
    /// matches but are weighed as one constant below the text's own score, for the same reason.
    /// </remarks>
    public (Query? Query, List<string> HighlightTerms) Text(string text, IReadOnlyList<string> alternatives, bool scored = true)
    {
        var any = new DisjunctionMaxQuery(0.2f);
        var highlight = new List<string>();
        var added = false;
        foreach (var (phrase, index) in alternatives.Prepend(text).Select((phrase, index) => (phrase, index)))
        {
            var tokens = Words(phrase);
            AddHighlightTerms(highlight, phrase, tokens);
            if (Match(phrase, tokens) is not { } match)
            {
                continue;
            }

            Query variant = index == 0 && scored ? Weighed(match, phrase) : new ConstantScoreQuery(match);
            if (index > 0)
            {
                variant.Boost = AlternativeBoost;
            }

            any.Add(variant);
            added = true;
        }

        if (QueryText.IsPinyinCandidate(text) && PinyinQuery(text) is { } pinyin)
        {
            any.Add(pinyin);
            added = true;
        }

        return (added ? any : null, highlight);
    }

    // The typed words themselves, and their segmented words of two characters or more (a lone character
    // of a longer word would light up everywhere).
    private static void AddHighlightTerms(List<string> terms, string phrase, string[] tokens)
    {
        foreach (var word in QueryText.Words(phrase).Concat(tokens.Where(token => token.Length >= 2)))
        {
            if (!terms.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                terms.Add(word);
            }
        }
    }

    public Query? Suggestion(string prefix)
    {
        var query = new BooleanQuery();
        if (QueryText.IsPinyinCandidate(prefix))
        {
            var key = QueryText.PinyinKey(prefix);
            query.Add(Boosted(new PrefixQuery(new Term(IndexFields.PinyinFull, key)), 2f), Occur.SHOULD);
            if (key.Length <= MaxInitialsLength)
            {
                query.Add(new PrefixQuery(new Term(IndexFields.PinyinInitials, key)), Occur.SHOULD);
            }
        }

        query.Add(Boosted(new PrefixQuery(new Term(IndexFields.TitleExact, prefix.ToLowerInvariant())), 3f), Occur.SHOULD);
        if (Conjunction(IndexFields.TitleBigram, prefix) is { } contains)
        {
            query.Add(contains, Occur.SHOULD);
        }

        return query.Clauses.Count > 0 ? query : null;
    }

    // One phrasing. Whether a document matches is decided on the Text field alone (title, keywords, places
    // and body as characters and bigrams): every SmartCn word's grams are there (so 贷款贴息 finds
    // 贷款…贴息 apart), or every typed word's bigrams are. Each is a conjunction Lucene leapfrogs from the
    // rarest term; the second is added only where it finds more than the first: a long SmartCn word (招商引资,
    // whose inner bigrams may miss among the typed word's) or more than three words.
    private BooleanQuery? Match(string text, string[] tokens)
    {
        var words = QueryText.Words(text);
        // A lone character SmartCn split off (工业 | 用 | 地) is looked up in postings of nearly every document
        // and matches it anywhere; the typed word's bigrams (用地) say the same more precisely, at a fraction
        // of the cost. The tokens decide only when all are words.
        BooleanQuery? byTokens = null;
        if (tokens.Length > 0 && !tokens.Any(IsLoneCharacter))
        {
            // Up to three words must all be found; of more, three in four.
            var required = tokens.Length <= 3;
            byTokens = new BooleanQuery();
            foreach (var token in tokens)
            {
                if (AllOf(IndexFields.Text, Grams(token)) is { } found)
                {
                    byTokens.Add(found, required ? Occur.MUST : Occur.SHOULD);
                }
            }

            if (!required)
            {
                byTokens.MinimumNumberShouldMatch = (int)Math.Ceiling(tokens.Length * 0.75);
            }

            if (byTokens.Clauses.Count == 0)
            {
                byTokens = null;
            }
            else if (required && tokens.All(token => Grams(token).Length <= 2))
            {
                // Short SmartCn words, all required, are already looser than the typed words' bigrams
                // (新能源电池 as 新 + 能源 + 电池 anywhere): those could find more only where the text has
                // 新能…源电池 without 能源, which is not the same words.
                return byTokens;
            }
        }

        var byWords = new BooleanQuery();
        foreach (var word in words)
        {
            if (Conjunction(IndexFields.Text, word) is not { } found)
            {
                byWords = null;
                break;
            }

            byWords.Add(found, Occur.MUST);
        }

        return (byTokens, byWords is { Clauses.Count: > 0 } ? byWords : null) switch
        {
            (null, null) => null,
            ({ } onlyTokens, null) => onlyTokens,
            (null, { } onlyWords) => onlyWords,
            var (both, more) => new BooleanQuery { { both, Occur.SHOULD }, { more, Occur.SHOULD } },
        };
    }

    private static bool IsLoneCharacter(string token) =>
        token.Length == 1 && char.GetUnicodeCategory(token[0]) == UnicodeCategory.OtherLetter;

    // The match, weighed by field: the typed words in the title, keywords and place names add to its score.
    // Lucene advances these to the documents that matched instead of walking their own postings; each one
    // more is a scorer advanced for every hit, so there are three (SmartCn title words cost a third of a
    // search and changed no ranking of the relevance suite).
    private BooleanQuery Weighed(Query match, string text)
    {
        var variant = new BooleanQuery { { match, Occur.MUST } };
        foreach (var word in QueryText.Words(text))
        {
            AddScoring(variant, Conjunction(IndexFields.TitleBigram, word), TitleBoost);
            AddScoring(variant, Conjunction(IndexFields.KeywordsBigram, word), KeywordsBoost);
            AddScoring(variant, AllOf(IndexFields.Place, Grams(word)), PlaceBoost);
        }

        return variant;
    }

    private static void AddScoring(BooleanQuery variant, Query? query, float boost)
    {
        if (query is not null)
        {
            variant.Add(Boosted(query, boost), Occur.SHOULD);
        }
    }

    private static Query? PinyinQuery(string text)
    {
        var words = QueryText.Words(text).Select(QueryText.PinyinKey).Where(word => word.Length >= 2).ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        if (words.Length == 1)
        {
            return PinyinWord(words[0]);
        }

        // qu jing → qujing as one key, or each word found on its own (qujing lvl).
        var each = new BooleanQuery();
        foreach (var word in words)
        {
            each.Add(PinyinWord(word), Occur.MUST);
        }

        return new BooleanQuery
        {
            { PinyinWord(string.Concat(words)), Occur.SHOULD },
            { each, Occur.SHOULD },
        };
    }

    private static DisjunctionMaxQuery PinyinWord(string key)
    {
        var query = new DisjunctionMaxQuery(0.1f)
        {
            Boosted(new PrefixQuery(new Term(IndexFields.PinyinFull, key)), PinyinTitleBoost),
            Boosted(new PrefixQuery(new Term(IndexFields.KeywordsPinyinFull, key)), PinyinKeywordsBoost),
        };
        if (key.Length <= MaxInitialsLength)
        {
            query.Add(Boosted(new PrefixQuery(new Term(IndexFields.PinyinInitials, key)), PinyinInitialsBoost));
            query.Add(Boosted(new PrefixQuery(new Term(IndexFields.KeywordsPinyinInitials, key)), PinyinKeywordsInitialsBoost));
        }

        return query;
    }

    // The word's bigrams in one field: all of them for a short word (it occurs as a substring). A longer
    // word's first and last bigrams must be there and one in four of the others may miss, so 贷款贴息 still
    // finds 贷款…贴息 apart, but 铝精深加工 does not find every 精深加工. Where none of the others is
    // required (three bigrams) they are left out: as optional clauses they cost a scorer per hit (a tenth
    // of a search) and changed no ranking of the relevance suite.
    private BooleanQuery? Conjunction(string field, string word)
    {
        var terms = Grams(word);
        if (terms.Length <= 2)
        {
            return AllOf(field, terms);
        }

        var query = new BooleanQuery
        {
            { new TermQuery(new Term(field, terms[0])), Occur.MUST },
            { new TermQuery(new Term(field, terms[^1])), Occur.MUST },
        };
        var required = Math.Max(0, terms.Length - 2 - Math.Max(1, terms.Length / 4));
        if (required == 0)
        {
            return query;
        }

        foreach (var term in terms[1..^1])
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = required;
        return query;
    }

    private string[] Words(string phrase) => Cached(words, phrase, analyzers.Words);

    private string[] Grams(string phrase) => Cached(grams, phrase, analyzers.QueryBigrams);

    private static string[] Cached(ConcurrentDictionary<string, string[]> cache, string phrase, global::Lucene.Net.Analysis.Analyzer analyzer)
    {
        if (cache.TryGetValue(phrase, out var terms))
        {
            return terms;
        }

        if (cache.Count >= MaxCachedPhrases)
        {
            cache.Clear();
        }

        terms = [.. ChineseAnalyzers.TermsOf(analyzer, IndexFields.Title, phrase)];
        cache.TryAdd(phrase, terms);
        return terms;
    }

    private static BooleanQuery? AllOf(string field, string[] terms)
    {
        if (terms.Length == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        }

        return query;
    }

    private static void AddIfAny(DisjunctionMaxQuery disjunction, Query? query, float boost)
    {
        if (query is not null)
        {
            disjunction.Add(Boosted(query, boost));
        }
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
