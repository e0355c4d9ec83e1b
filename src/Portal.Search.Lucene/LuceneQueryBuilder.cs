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

    /// <summary>The scoring part for a normalized text and its alternatives; null when nothing in it can match.</summary>
    public Query? Text(string text, IReadOnlyList<string> alternatives)
    {
        var any = new DisjunctionMaxQuery(0.2f);
        var added = false;
        if (Variant(text) is { } main)
        {
            any.Add(main);
            added = true;
        }

        foreach (var alternative in alternatives)
        {
            if (Variant(alternative) is { } variant)
            {
                variant.Boost = AlternativeBoost;
                any.Add(variant);
                added = true;
            }
        }

        if (QueryText.IsPinyinCandidate(text) && PinyinQuery(text) is { } pinyin)
        {
            any.Add(pinyin);
            added = true;
        }

        return added ? any : null;
    }

    /// <summary>Terms to mark in titles and snippets (field-less, SmartCn-segmented like the stored text).</summary>
    public List<string> HighlightTerms(string text, IReadOnlyList<string> alternatives)
    {
        var terms = new List<string>();
        foreach (var phrase in alternatives.Prepend(text))
        {
            foreach (var term in ChineseAnalyzers.Terms(analyzers.Words, IndexFields.Body, phrase))
            {
                if (!terms.Contains(term))
                {
                    terms.Add(term);
                }
            }
        }

        return terms;
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

    // One phrasing: every SmartCn word must be found in some field (cross-field), or every word's
    // bigrams in one field; both add up when both hold.
    private BooleanQuery? Variant(string text)
    {
        var tokens = ChineseAnalyzers.Terms(analyzers.Words, IndexFields.Title, text);
        var variant = new BooleanQuery();
        if (tokens.Count > 0)
        {
            var words = new BooleanQuery();
            foreach (var token in tokens)
            {
                var field = new DisjunctionMaxQuery(0.1f)
                {
                    Boosted(new TermQuery(new Term(IndexFields.Title, token)), TitleBoost),
                    Boosted(new TermQuery(new Term(IndexFields.Keywords, token)), KeywordsBoost),
                    Boosted(new TermQuery(new Term(IndexFields.Place, token)), PlaceBoost),
                    Boosted(new TermQuery(new Term(IndexFields.Body, token)), BodyBoost),
                };
                words.Add(field, Occur.SHOULD);
            }

            words.MinimumNumberShouldMatch = tokens.Count <= 3 ? tokens.Count : (int)Math.Ceiling(tokens.Count * 0.75);
            variant.Add(words, Occur.SHOULD);
        }

        var bigrams = new BooleanQuery();
        foreach (var word in QueryText.Words(text))
        {
            var field = new DisjunctionMaxQuery(0.1f);
            AddIfAny(field, Conjunction(IndexFields.TitleBigram, word), TitleBigramBoost);
            AddIfAny(field, Conjunction(IndexFields.KeywordsBigram, word), KeywordsBigramBoost);
            AddIfAny(field, Conjunction(IndexFields.BodyBigram, word), BodyBigramBoost);
            AddIfAny(field, WordConjunction(IndexFields.Place, word), PlaceBoost);
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
        var terms = ChineseAnalyzers.Terms(analyzers.Bigrams, field, word);
        if (terms.Count <= 2)
        {
            return AllOf(field, terms);
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = terms.Count - Math.Max(1, terms.Count / 4);
        return query;
    }

    private BooleanQuery? WordConjunction(string field, string word) =>
        AllOf(field, ChineseAnalyzers.Terms(analyzers.Words, field, word));

    private static BooleanQuery? AllOf(string field, List<string> terms)
    {
        if (terms.Count == 0)
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
