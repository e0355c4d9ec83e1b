using Lucene.Net.Documents;
using Lucene.Net.Util;
using Portal.Search.Chinese;

namespace Portal.Search.Lucene;

/// <summary>
/// Turns a <see cref="SearchDocument"/> into the Lucene document the queries and facets expect. Multi-valued
/// text goes into one field instance per field (values joined by a separator that no analyzer bridges):
/// the writer's cost grows with field instances more than with text.
/// </summary>
internal static class DocumentMapper
{
    /// <summary>Joins values of one gram field; punctuation, so no bigram spans two values.</summary>
    public const string ValueSeparator = "；";

    public static Document Map(SearchDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var kind = SearchKinds.Code(source.Kind);
        var document = new Document
        {
            new StringField(IndexFields.Key, source.Key, Field.Store.YES),
            new StringField(IndexFields.Tenant, TenantTerm(source.TenantId), Field.Store.NO),
            new StringField(IndexFields.Kind, kind, Field.Store.NO),
            new SortedDocValuesField(IndexFields.Kind, new BytesRef(kind)),
            new StringField(IndexFields.Prefecture, source.Prefecture, Field.Store.NO),
            new SortedDocValuesField(IndexFields.Prefecture, new BytesRef(source.Prefecture)),
            new TextField(IndexFields.TitleBigram, source.Title, Field.Store.NO),
            new StringField(IndexFields.TitleExact, source.Title.ToLowerInvariant(), Field.Store.NO),
        };

        foreach (var chain in source.Chains.Where(chain => !string.IsNullOrEmpty(chain)).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(IndexFields.Chain, chain, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(IndexFields.Chain, new BytesRef(chain)));
        }

        if (!string.IsNullOrEmpty(source.Level))
        {
            document.Add(new StringField(IndexFields.Level, source.Level, Field.Store.NO));
        }

        var keywords = source.Keywords.Where(keyword => !string.IsNullOrWhiteSpace(keyword)).ToList();
        if (keywords.Count > 0)
        {
            document.Add(new TextField(IndexFields.KeywordsBigram, string.Join(ValueSeparator, keywords), Field.Store.NO));
            document.Add(new TextField(IndexFields.KeywordsPinyinFull, JoinTerms(keywords.SelectMany(Pinyin.FullTerms)), Field.Store.NO));
            document.Add(new TextField(IndexFields.KeywordsPinyinInitials, JoinTerms(keywords.SelectMany(Pinyin.InitialTerms)), Field.Store.NO));
        }

        var places = PrefectureNames.Forms(source.PrefectureName).ToList();
        if (!string.IsNullOrWhiteSpace(source.PrefectureNameEn))
        {
            places.Add(source.PrefectureNameEn);
        }

        var place = string.Join(ValueSeparator, places);
        document.Add(new TextField(IndexFields.Place, place, Field.Store.NO));

        // What a hit shows is its card; a body too long for the card is also stored, whole, for its snippet.
        var (card, bodyCut) = HitCards.Field(source);
        document.Add(card);
        if (bodyCut)
        {
            document.Add(new StoredField(IndexFields.Body, source.Body));
        }

        // The body is searched, as characters and bigrams, through the Text field.
        document.Add(new TextField(IndexFields.Text, string.Join(ValueSeparator, [source.Title, .. keywords, place, source.Body]), Field.Store.NO));

        var shortPrefecture = PrefectureNames.ShortName(source.PrefectureName);
        document.Add(new TextField(IndexFields.PinyinFull, JoinTerms(Pinyin.FullTerms(source.Title).Append(Pinyin.Full(shortPrefecture))), Field.Store.NO));
        document.Add(new TextField(IndexFields.PinyinInitials, JoinTerms(Pinyin.InitialTerms(source.Title).Append(Pinyin.Initials(shortPrefecture))), Field.Store.NO));

        AddAmount(document, IndexFields.AvailableLand, source.AvailableLandMu);
        AddAmount(document, IndexFields.LandPrice, source.LandPriceWanPerMu);
        AddAmount(document, IndexFields.PowerPrice, source.PowerPriceYuanPerKwh);
        AddAmount(document, IndexFields.Investment, source.InvestmentWan);

        if (source.Kind == SearchKind.Policy)
        {
            // Open ends are stored as the extremes so "in force" is two plain comparisons.
            document.Add(new NumericDocValuesField(IndexFields.EffectiveFrom, source.EffectiveFrom?.DayNumber ?? long.MinValue));
            document.Add(new NumericDocValuesField(IndexFields.EffectiveTo, source.EffectiveTo?.DayNumber ?? long.MaxValue));
        }

        var published = source.PublishedAt.UtcTicks;
        document.Add(new NumericDocValuesField(IndexFields.PublishedAt, published));
        return document;
    }

    public static string TenantTerm(Guid tenantId) => tenantId.ToString("N");

    // Pinyin terms are [a-z0-9] only: a space-joined list that the whitespace analyzer splits back.
    private static string JoinTerms(IEnumerable<string> terms) => string.Join(' ', terms.Where(term => term.Length > 0).Distinct(StringComparer.Ordinal));

    // Doc values only: ranges are checked on the hits (see RangeFilters), never looked up by term.
    private static void AddAmount(Document document, string field, decimal? value)
    {
        if (value is { } amount)
        {
            document.Add(new NumericDocValuesField(field, IndexFields.Scaled(amount)));
        }
    }
}
