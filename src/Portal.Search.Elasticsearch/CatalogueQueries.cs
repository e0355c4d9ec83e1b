using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Portal.Search.Chinese;

namespace Portal.Search.Elasticsearch;

/// <summary>
/// Turns a <see cref="SearchQuery"/> into one search request. What the user typed only ever reaches
/// Elasticsearch as the text of match, multi_match and prefix queries, never as query syntax.
/// Filters that have a facet (kind, prefecture, chain) go into <c>post_filter</c>, and each facet's
/// aggregation re-applies all of them but its own, so a facet counts with every filter except itself.
/// </summary>
internal static class CatalogueQueries
{
    public const string KindFacet = "facet_kind";
    public const string PrefectureFacet = "facet_prefecture";
    public const string ChainFacet = "facet_chain";
    public const string FacetValues = "values";

    /// <summary>More values than a facet can have (16 prefectures, a few dozen chains).</summary>
    private const int FacetSize = 100;

    /// <summary>How much an alternative phrasing (synonym) counts next to what the user typed.</summary>
    private const float AlternativeWeight = 0.8f;

    private const int SnippetLength = 160;

    private const int MinPinyinLength = 2;

    /// <summary>Field boosts: title above keywords and prefecture above body; bigrams only help recall.</summary>
    private static readonly string[] WordFields =
    [
        $"{CatalogueFields.Title}^5",
        $"{CatalogueFields.Keywords}^3",
        $"{CatalogueFields.PrefectureNames}^3",
        CatalogueFields.Body,
    ];

    private static readonly string[] BigramFields =
    [
        $"{CatalogueFields.Bigram(CatalogueFields.Title)}^2.5",
        $"{CatalogueFields.Bigram(CatalogueFields.Keywords)}^1.5",
        $"{CatalogueFields.Bigram(CatalogueFields.PrefectureNames)}^1.5",
        $"{CatalogueFields.Bigram(CatalogueFields.Body)}^0.5",
    ];

    public static SearchRequest Search(string index, SearchQuery query)
    {
        var phrasings = Phrasings(query);
        var hasText = phrasings.Count > 0;

        var request = new SearchRequest(index)
        {
            Query = new BoolQuery
            {
                Must = hasText ? [TextQuery(phrasings)] : [new MatchAllQuery()],
                Filter = UnfacetedFilters(query),
            },
            PostFilter = FacetFilter(query, except: null),
            Aggregations = new Dictionary<string, Aggregation>
            {
                [KindFacet] = Facet(query, FacetKind.Kind, CatalogueFields.Kind),
                [PrefectureFacet] = Facet(query, FacetKind.Prefecture, CatalogueFields.Prefecture),
                [ChainFacet] = Facet(query, FacetKind.Chain, CatalogueFields.Chains),
            },
            Sort = Sort(query.Sort, hasText),
            TrackScores = true,
            TrackTotalHits = new TrackHits(true),
            From = (Math.Max(query.Page, 1) - 1) * query.PageSize,
            Size = query.PageSize,
            Source = new SourceConfig(new SourceFilter { Excludes = new[] { CatalogueFields.PinyinFull, CatalogueFields.PinyinInitials } }),
        };

        if (hasText)
        {
            request.Highlight = Highlight();
        }

        return request;
    }

    /// <summary>
    /// Titles that start with the typed text (any language), contain it, or whose pinyin / initials start
    /// with it; confined to the tenant like a search.
    /// </summary>
    public static SearchRequest Suggest(string index, string prefix, int max, Guid? tenantId)
    {
        var text = QueryText.Normalize(prefix);
        var should = new List<Query>
        {
            new MatchQuery { Field = CatalogueFields.TitlePrefix, Query = text, Boost = 5 },
            new MatchPhraseQuery { Field = CatalogueFields.Bigram(CatalogueFields.Title), Query = text, Boost = 2 },
            new MatchPhrasePrefixQuery { Field = CatalogueFields.Title, Query = text, Boost = 2 },
        };
        should.AddRange(PinyinQueries(text));

        var filter = new List<Query>();
        if (tenantId is { } tenant)
        {
            filter.Add(new TermQuery { Field = CatalogueFields.TenantId, Value = tenant.ToString("D") });
        }

        return new SearchRequest(index)
        {
            Query = new BoolQuery { Should = should, MinimumShouldMatch = 1, Filter = filter },
            Sort =
            [
                new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } },
                new SortOptions { Field = new FieldSort { Field = CatalogueFields.PublishedAt, Order = SortOrder.Desc } },
            ],
            Size = max,
            Source = new SourceConfig(new SourceFilter
            {
                Includes = new[] { CatalogueFields.Kind, CatalogueFields.ItemId, CatalogueFields.Title, CatalogueFields.Url },
            }),
        };
    }

    /// <summary>Cut-off for the snippet when nothing in the body matched (the highlighter then returns the start).</summary>
    public static int SnippetCharacters => SnippetLength;

    private static List<(string Text, float Weight)> Phrasings(SearchQuery query)
    {
        var phrasings = new List<(string Text, float Weight)>();
        var text = QueryText.Normalize(query.Text);
        if (text.Length > 0)
        {
            phrasings.Add((text, 1f));
        }

        foreach (var alternative in query.Alternatives)
        {
            var normalized = QueryText.Normalize(alternative);
            if (normalized.Length > 0 && !phrasings.Exists(p => p.Text == normalized))
            {
                phrasings.Add((normalized, AlternativeWeight));
            }
        }

        return phrasings;
    }

    private static Query TextQuery(List<(string Text, float Weight)> phrasings)
    {
        var should = new List<Query>();
        foreach (var (text, weight) in phrasings)
        {
            // Every word somewhere in the item (title, keywords, prefecture or body), scored by where.
            should.Add(new MultiMatchQuery
            {
                Query = text,
                Fields = WordFields,
                Type = TextQueryType.CrossFields,
                Operator = Operator.And,
                Boost = weight,
            });

            // Recall when the segmenter cut the query and the text differently: every bigram somewhere.
            should.Add(new MultiMatchQuery
            {
                Query = text,
                Fields = BigramFields,
                Type = TextQueryType.CrossFields,
                Operator = Operator.And,
                Boost = 0.5f * weight,
            });

            // The words in the title side by side: the best sign that the title is what was asked for.
            should.Add(new MatchPhraseQuery { Field = CatalogueFields.Title, Query = text, Boost = 2f * weight });

            foreach (var pinyin in PinyinQueries(text))
            {
                should.Add(pinyin);
            }
        }

        return new BoolQuery { Should = should, MinimumShouldMatch = 1 };
    }

    /// <summary>Typed latin letters read as full pinyin or initials, matched as the prefix of an indexed pinyin term.</summary>
    private static IEnumerable<Query> PinyinQueries(string text)
    {
        if (!QueryText.IsPinyinCandidate(text))
        {
            yield break;
        }

        var pinyin = QueryText.PinyinKey(text);
        if (pinyin.Length < MinPinyinLength)
        {
            yield break; // one letter would match nearly every item
        }

        yield return new PrefixQuery { Field = CatalogueFields.PinyinFull, Value = pinyin, Boost = 3 };
        yield return new PrefixQuery { Field = CatalogueFields.PinyinInitials, Value = pinyin, Boost = 2 };
    }

    private static List<Query> UnfacetedFilters(SearchQuery query)
    {
        var filters = new List<Query>();
        if (query.TenantId is { } tenant)
        {
            filters.Add(new TermQuery { Field = CatalogueFields.TenantId, Value = tenant.ToString("D") });
        }

        if (query.Levels.Count > 0)
        {
            filters.Add(Terms(CatalogueFields.Level, query.Levels));
        }

        if (query.MinAvailableMu is { } minLand)
        {
            filters.Add(new NumberRangeQuery { Field = CatalogueFields.AvailableLandMu, Gte = (double)minLand });
        }

        if (query.MaxLandPriceWanPerMu is { } maxLandPrice)
        {
            filters.Add(new NumberRangeQuery { Field = CatalogueFields.LandPriceWanPerMu, Lte = (double)maxLandPrice });
        }

        if (query.MaxPowerPriceYuanPerKwh is { } maxPowerPrice)
        {
            filters.Add(new NumberRangeQuery { Field = CatalogueFields.PowerPriceYuanPerKwh, Lte = (double)maxPowerPrice });
        }

        if (query.InForceOnly)
        {
            filters.Add(InForce(query.Today));
        }

        return filters;
    }

    /// <summary>Policies whose period contains today (an open start or end counts as unbounded); other kinds pass.</summary>
    private static Query InForce(DateOnly today)
    {
        var day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var policy = new TermQuery { Field = CatalogueFields.Kind, Value = SearchKinds.Code(SearchKind.Policy) };
        return new BoolQuery
        {
            Should =
            [
                new BoolQuery { MustNot = [policy] },
                new BoolQuery
                {
                    Filter = [policy],
                    MustNot =
                    [
                        new DateRangeQuery { Field = CatalogueFields.EffectiveFrom, Gt = day, Format = "strict_date" },
                        new DateRangeQuery { Field = CatalogueFields.EffectiveTo, Lt = day, Format = "strict_date" },
                    ],
                },
            ],
            MinimumShouldMatch = 1,
        };
    }

    private enum FacetKind
    {
        Kind,
        Prefecture,
        Chain,
    }

    /// <summary>The facetted filters but <paramref name="except"/>, as one query (match_all when there are none).</summary>
    private static Query FacetFilter(SearchQuery query, FacetKind? except)
    {
        var filters = new List<Query>();
        if (except != FacetKind.Kind && query.Kinds.Count > 0)
        {
            filters.Add(Terms(CatalogueFields.Kind, query.Kinds.Select(SearchKinds.Code).ToList()));
        }

        if (except != FacetKind.Prefecture && query.Prefectures.Count > 0)
        {
            filters.Add(Terms(CatalogueFields.Prefecture, query.Prefectures));
        }

        if (except != FacetKind.Chain && query.Chains.Count > 0)
        {
            filters.Add(Terms(CatalogueFields.Chains, query.Chains));
        }

        return filters.Count == 0 ? new MatchAllQuery() : new BoolQuery { Filter = filters };
    }

    private static Aggregation Facet(SearchQuery query, FacetKind facet, string field) => new()
    {
        Filter = FacetFilter(query, except: facet),
        Aggregations = new Dictionary<string, Aggregation>
        {
            [FacetValues] = new TermsAggregation { Field = field, Size = FacetSize },
        },
    };

    private static TermsQuery Terms(string field, IReadOnlyCollection<string> values) => new()
    {
        Field = field,
        Terms = new TermsQueryField(values.Distinct().Select(value => (FieldValue)value).ToArray()),
    };

    private static List<SortOptions> Sort(SearchSort sort, bool hasText)
    {
        var newest = new SortOptions { Field = new FieldSort { Field = CatalogueFields.PublishedAt, Order = SortOrder.Desc } };
        var score = new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } };

        // The key breaks ties so that pages never repeat or skip an item.
        var key = new SortOptions { Field = new FieldSort { Field = CatalogueFields.Key, Order = SortOrder.Asc } };
        return sort == SearchSort.Relevance && hasText ? [score, newest, key] : [newest, score, key];
    }

    private static Highlight Highlight() => new()
    {
        PreTags = ["<em>"],
        PostTags = ["</em>"],
        Encoder = HighlighterEncoder.Html,
        RequireFieldMatch = true,
        Fields = new Dictionary<Field, HighlightField>
        {
            // The whole title, every match marked.
            [CatalogueFields.Title] = new HighlightField { NumberOfFragments = 0 },
            [CatalogueFields.Bigram(CatalogueFields.Title)] = new HighlightField { NumberOfFragments = 0 },

            // One fragment of the body around the best match, or its start when nothing there matched.
            [CatalogueFields.Body] = new HighlightField { FragmentSize = SnippetLength, NumberOfFragments = 1, NoMatchSize = SnippetLength },
            [CatalogueFields.Bigram(CatalogueFields.Body)] = new HighlightField { FragmentSize = SnippetLength, NumberOfFragments = 1 },
        },
    };
}
