using System.Collections.Concurrent;
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
    private const float BodyBoost = 1f;
    private const float TitleBigramBoost = 1.5f;
    private const float KeywordsBigramBoost = 1f;
    private const float BodyBigramBoost = 0.5f;
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
    public (Query? Query, List<string> HighlightTerms) Text(string text, IReadOnlyList<string> alternatives)
    {
        var any = new DisjunctionMaxQuery(0.2f);
        var highlight = new List<string>();
        var added = false;
        foreach (var (phrase, index) in alternatives.Prepend(text).Select((phrase, index) => (phrase, index)))
        {
            var tokens = Words(phrase);
            AddHighlightTerms(highlight, phrase, tokens);
            if (Variant(phrase, tokens) is { } variant)
            {
                if (index > 0)
                {
                    variant.Boost = AlternativeBoost;
                }

                any.Add(variant);
                added = true;
            }
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

    // One phrasing: every SmartCn word must be found in some field (cross-field), or every typed word's
    // bigrams in one field; both add up when both hold.
    private BooleanQuery? Variant(string text, string[] tokens)
    {
        var variant = new BooleanQuery();
        if (tokens.Length > 0)
        {
            var cross = new BooleanQuery();
            foreach (var token in tokens)
            {
                // Only the title has a word field; elsewhere the word's characters and bigrams stand for it.
                var tokenGrams = Grams(token);
                var field = new DisjunctionMaxQuery(0.1f) { Boosted(new TermQuery(new Term(IndexFields.Title, token)), TitleBoost) };
                AddIfAny(field, AllOf(IndexFields.KeywordsBigram, tokenGrams), KeywordsBoost);
                AddIfAny(field, AllOf(IndexFields.Place, tokenGrams), PlaceBoost);
                AddIfAny(field, AllOf(IndexFields.BodyBigram, tokenGrams), BodyBoost);
                cross.Add(field, Occur.SHOULD);
            }

            cross.MinimumNumberShouldMatch = tokens.Length <= 3 ? tokens.Length : (int)Math.Ceiling(tokens.Length * 0.75);
            variant.Add(cross, Occur.SHOULD);
        }

        var bigrams = new BooleanQuery();
        foreach (var word in QueryText.Words(text))
        {
            var field = new DisjunctionMaxQuery(0.1f);
            AddIfAny(field, Conjunction(IndexFields.TitleBigram, word), TitleBigramBoost);
            AddIfAny(field, Conjunction(IndexFields.KeywordsBigram, word), KeywordsBigramBoost);
            AddIfAny(field, Conjunction(IndexFields.BodyBigram, word), BodyBigramBoost);
            AddIfAny(field, AllOf(IndexFields.Place, Grams(word)), PlaceBoost);
            if (field.Disjuncts.Count == 0)
            {
                bigrams = null;
                break;
            }

            bigrams.Add(field, Occur.MUST);
        }

        if (bigrams is { Clauses.Count: > 0 })
        {
            variant.Add(bigrams, Occur.SHOULD);
        }

        return variant.Clauses.Count > 0 ? variant : null;
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

    // The word's bigrams in one bigram field: all of them for a short word (it occurs as a substring), one in
    // four may miss in a longer one, so 贷款贴息 still finds 贷款…贴息 where the words are not adjacent.
    private BooleanQuery? Conjunction(string field, string word)
    {
        var terms = Grams(word);
        if (terms.Length <= 2)
        {
            return AllOf(field, terms);
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = terms.Length - Math.Max(1, terms.Length / 4);
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
