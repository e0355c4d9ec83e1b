using Lucene.Net.Documents;
using Lucene.Net.Util;
using Portal.Search.Chinese;

namespace Portal.Search.Lucene;

/// <summary>Turns a <see cref="SearchDocument"/> into the Lucene document the queries and facets expect.</summary>
internal static class DocumentMapper
{
    public static Document Map(SearchDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = new Document
        {
            new StringField(IndexFields.Key, source.Key, Field.Store.YES),
            new StoredField(IndexFields.ItemId, source.ItemId.ToString("D")),
            new StringField(IndexFields.Tenant, TenantTerm(source.TenantId), Field.Store.NO),
            new StoredField(IndexFields.Url, source.Url),
        };

        var kind = SearchKinds.Code(source.Kind);
        document.Add(new StringField(IndexFields.Kind, kind, Field.Store.YES));
        document.Add(new SortedDocValuesField(IndexFields.Kind, new BytesRef(kind)));

        document.Add(new StringField(IndexFields.Prefecture, source.Prefecture, Field.Store.YES));
        document.Add(new SortedDocValuesField(IndexFields.Prefecture, new BytesRef(source.Prefecture)));

        foreach (var chain in source.Chains.Where(chain => !string.IsNullOrEmpty(chain)).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(IndexFields.Chain, chain, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(IndexFields.Chain, new BytesRef(chain)));
        }

        if (!string.IsNullOrEmpty(source.Level))
        {
            document.Add(new StringField(IndexFields.Level, source.Level, Field.Store.NO));
        }

        document.Add(new TextField(IndexFields.Title, source.Title, Field.Store.YES));
        document.Add(new TextField(IndexFields.TitleBigram, source.Title, Field.Store.NO));
        document.Add(new StringField(IndexFields.TitleExact, source.Title.ToLowerInvariant(), Field.Store.NO));

        foreach (var keyword in source.Keywords.Where(keyword => !string.IsNullOrWhiteSpace(keyword)))
        {
            document.Add(new TextField(IndexFields.Keywords, keyword, Field.Store.NO));
            document.Add(new TextField(IndexFields.KeywordsBigram, keyword, Field.Store.NO));
            AddAll(document, IndexFields.KeywordsPinyinFull, Pinyin.FullTerms(keyword));
            AddAll(document, IndexFields.KeywordsPinyinInitials, Pinyin.InitialTerms(keyword));
        }

        // The body is stored for snippets and indexed as characters and bigrams only (see ChineseAnalyzers).
        document.Add(new StoredField(IndexFields.Body, source.Body));
        document.Add(new TextField(IndexFields.BodyBigram, source.Body, Field.Store.NO));

        foreach (var name in PrefectureNames.Forms(source.PrefectureName))
        {
            document.Add(new TextField(IndexFields.Place, name, Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(source.PrefectureNameEn))
        {
            document.Add(new TextField(IndexFields.Place, source.PrefectureNameEn, Field.Store.NO));
        }

        AddAll(document, IndexFields.PinyinFull, Pinyin.FullTerms(source.Title));
        AddAll(document, IndexFields.PinyinInitials, Pinyin.InitialTerms(source.Title));
        var shortPrefecture = PrefectureNames.ShortName(source.PrefectureName);
        document.Add(new StringField(IndexFields.PinyinFull, Pinyin.Full(shortPrefecture), Field.Store.NO));
        document.Add(new StringField(IndexFields.PinyinInitials, Pinyin.Initials(shortPrefecture), Field.Store.NO));

        AddAmount(document, IndexFields.AvailableLand, source.AvailableLandMu);
        AddAmount(document, IndexFields.LandPrice, source.LandPriceWanPerMu);
        AddAmount(document, IndexFields.PowerPrice, source.PowerPriceYuanPerKwh);
        AddAmount(document, IndexFields.Investment, source.InvestmentWan);

        if (source.Kind == SearchKind.Policy)
        {
            // Open ends are stored as the extremes so "in force" is two plain range checks.
            document.Add(new Int64Field(IndexFields.EffectiveFrom, source.EffectiveFrom?.DayNumber ?? long.MinValue, Field.Store.NO));
            document.Add(new Int64Field(IndexFields.EffectiveTo, source.EffectiveTo?.DayNumber ?? long.MaxValue, Field.Store.NO));
        }

        var published = source.PublishedAt.UtcTicks;
        document.Add(new NumericDocValuesField(IndexFields.PublishedAt, published));
        document.Add(new StoredField(IndexFields.PublishedAt, published));
        return document;
    }

    public static string TenantTerm(Guid tenantId) => tenantId.ToString("N");

    private static void AddAll(Document document, string field, IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            document.Add(new StringField(field, term, Field.Store.NO));
        }
    }

    private static void AddAmount(Document document, string field, decimal? value)
    {
        if (value is { } amount)
        {
            document.Add(new Int64Field(field, IndexFields.Scaled(amount), Field.Store.NO));
        }
    }
}
