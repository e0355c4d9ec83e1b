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
    private const float AlternativeWeight = 0.7f;

    /// <summary>Deepest hit a page may reach: the index's <c>max_result_window</c>.</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>Initials are indexed for this many characters from each position; a longer key can only be full pinyin.</summary>
    private const int MaxInitialsLength = Pinyin.TermWindow;

    private const int SnippetLength = 160;

    private const int MinPinyinLength = 2;

    /// <summary>Field boosts: title above keywords and prefecture above body; bigrams only help recall.</summary>
    private static readonly string[] WordFields =
    [
        $"{CatalogueFields.Title}^3",
        $"{CatalogueFields.Keywords}^2",
        $"{CatalogueFields.PrefectureNames}^2",
        CatalogueFields.Body,
    ];

    private static readonly string[] BigramFields =
    [
        $"{CatalogueFields.Bigram(CatalogueFields.Title)}^1.5",
        $"{CatalogueFields.Bigram(CatalogueFields.Keywords)}^1",
        $"{CatalogueFields.Bigram(CatalogueFields.PrefectureNames)}^2",
        $"{CatalogueFields.Bigram(CatalogueFields.Body)}^0.5",
    ];

    public static SearchRequest Search(string index, SearchQuery query)
    {
        var phrasings = Phrasings(query);
        var hasText = phrasings.Count > 0;

        // Past the result window Elasticsearch refuses the request; such a page is empty, with totals and facets.
        var from = ((long)Math.Max(query.Page, 1) - 1) * query.PageSize;
        var size = from >= MaxResultWindow ? 0 : (int)Math.Min(query.PageSize, MaxResultWindow - from);
        from = size == 0 ? 0 : from;

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
            From = (int)from,
            Size = size,
            Source = new SourceConfig(new SourceFilter
            {
                Excludes = new[] { CatalogueFields.PinyinFull, CatalogueFields.PinyinInitials, CatalogueFields.KeywordsPinyinFull, CatalogueFields.KeywordsPinyinInitials },
            }),
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
            // The title starts with it, or contains all its characters' bigrams.
            new MatchQuery { Field = CatalogueFields.TitlePrefix, Query = text, Boost = 3 },
            new MatchQuery { Field = CatalogueFields.Bigram(CatalogueFields.Title), Query = text, Operator = Operator.And },
        };
        if (QueryText.IsPinyinCandidate(text) && QueryText.PinyinKey(text) is { Length: >= MinPinyinLength } key)
        {
            should.Add(new PrefixQuery { Field = CatalogueFields.PinyinFull, Value = key, Boost = 2 });
            if (key.Length <= MaxInitialsLength)
            {
                should.Add(new PrefixQuery { Field = CatalogueFields.PinyinInitials, Value = key });
            }
        }

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
            Size = Math.Min(max, SearchQuery.MaxPageSize),
            Source = new SourceConfig(new SourceFilter
            {
                Includes = new[] { CatalogueFields.Kind, CatalogueFields.ItemId, CatalogueFields.Title, CatalogueFields.Url },
            }),
        };
    }

    /// <summary>Cut-off for the snippet when nothing in the body matched (the highlighter then returns the start).</summary>
    public static int SnippetCharacters => SnippetLength;

    /// <summary>The typed text and, only with it, up to <see cref="SynonymExpander.MaxAlternatives"/> other phrasings (as the Lucene engine reads them).</summary>
    private static List<(string Text, float Weight)> Phrasings(SearchQuery query)
    {
        var text = QueryText.Normalize(query.Text);
        if (text.Length == 0)
        {
            return [];
        }

        var phrasings = new List<(string Text, float Weight)> { (text, 1f) };
        var alternatives = query.Alternatives
            .Take(SynonymExpander.MaxAlternatives * 2)
            .Select(QueryText.Normalize)
            .Where(alternative => alternative.Length > 0 && !string.Equals(alternative, text, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(SynonymExpander.MaxAlternatives);
        phrasings.AddRange(alternatives.Select(alternative => (alternative, AlternativeWeight)));
        return phrasings;
    }

    /// <summary>
    /// The best of: the typed text, each alternative (a little lower), and the text read as pinyin. Within
    /// a phrasing, its words found across title, keywords, prefecture and body, and its bigrams likewise.
    /// </summary>
    private static Query TextQuery(List<(string Text, float Weight)> phrasings)
    {
        var best = new List<Query>();
        foreach (var (text, weight) in phrasings)
        {
            best.Add(new BoolQuery
            {
                Should =
                [
                    // Every word (up to three; 75% of a longer query) somewhere in the item, scored by where.
                    new MultiMatchQuery
                    {
                        Query = text,
                        Fields = WordFields,
                        Type = TextQueryType.CrossFields,
                        MinimumShouldMatch = "3<75%",
                    },

                    // Recall when the segmenter cut the query and the text differently: its bigrams somewhere,
                    // all of two, one missing of three to seven, a quarter missing of more (贷款贴息 finds 贷款…贴息).
                    new MultiMatchQuery
                    {
                        Query = text,
                        Fields = BigramFields,
                        Type = TextQueryType.CrossFields,
                        MinimumShouldMatch = "2<-1 7<-25%",
                    },

                    // The words side by side in the title: the surest sign the title is what was asked for.
                    new MatchPhraseQuery { Field = CatalogueFields.Title, Query = text },
                ],
                MinimumShouldMatch = 1,
                Boost = weight,
            });
        }

        if (PinyinQuery(phrasings[0].Text) is { } pinyin)
        {
            best.Add(pinyin);
        }

        return new DisMaxQuery { Queries = best, TieBreaker = 0.2 };
    }

    /// <summary>
    /// Typed latin letters read as pinyin: <c>lvselv</c> or <c>lsl</c> as the prefix of a title or keyword term;
    /// several words (<c>qu jing</c>) either joined or each on its own.
    /// </summary>
    private static Query? PinyinQuery(string text)
    {
        if (!QueryText.IsPinyinCandidate(text))
        {
            return null;
        }

        var words = QueryText.Words(text).Select(QueryText.PinyinKey).Where(word => word.Length >= MinPinyinLength).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count == 1)
        {
            return PinyinWord(words[0]);
        }

        return new BoolQuery
        {
            Should =
            [
                PinyinWord(string.Concat(words)),
                new BoolQuery { Must = words.Select(PinyinWord).ToList() },
            ],
            MinimumShouldMatch = 1,
        };
    }

    private static Query PinyinWord(string key)
    {
        var fields = new List<Query>
        {
            new PrefixQuery { Field = CatalogueFields.PinyinFull, Value = key, Boost = 3 },
            new PrefixQuery { Field = CatalogueFields.KeywordsPinyinFull, Value = key, Boost = 1.5f },
        };
        if (key.Length <= MaxInitialsLength)
        {
            fields.Add(new PrefixQuery { Field = CatalogueFields.PinyinInitials, Value = key, Boost = 2.5f });
            fields.Add(new PrefixQuery { Field = CatalogueFields.KeywordsPinyinInitials, Value = key, Boost = 1.2f });
        }

        return new DisMaxQuery { Queries = fields, TieBreaker = 0.1 };
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

        // Highlight within the first 100k characters instead of failing on a very long body.
        MaxAnalyzedOffset = 100_000,
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
