using System.Globalization;
using Portal.Search.Chinese;

namespace Portal.Search.Elasticsearch;

/// <summary>
/// Projects a port document into what the index stores, adding what Elasticsearch cannot compute with
/// stock analyzers: every form of the prefecture name (曲靖市, 曲靖, Qujing) and the pinyin terms, made
/// by the same helpers as the Lucene engine so both engines read pinyin alike.
/// </summary>
internal static class CatalogueDocumentProjection
{
    public static CatalogueIndexDocument Project(SearchDocument document)
    {
        var prefectureNames = PrefectureNames.Forms(document.PrefectureName).ToList();
        if (!string.IsNullOrWhiteSpace(document.PrefectureNameEn))
        {
            prefectureNames.Add(document.PrefectureNameEn.Trim());
        }

        // Pinyin covers what people name things by: the title (terms from every character on, so a typed
        // prefix matches anywhere in it), the prefecture's short name whole, and the keywords apart.
        var shortPrefecture = PrefectureNames.ShortName(document.PrefectureName);
        var keywords = document.Keywords.Where(keyword => !string.IsNullOrWhiteSpace(keyword)).ToList();

        return new CatalogueIndexDocument
        {
            Key = document.Key,
            Kind = SearchKinds.Code(document.Kind),
            ItemId = document.ItemId,
            TenantId = document.TenantId,
            Prefecture = document.Prefecture,
            PrefectureNames = prefectureNames,
            Title = document.Title,
            Keywords = keywords,
            Body = document.Body,
            Chains = document.Chains,
            Level = document.Level,
            AvailableLandMu = document.AvailableLandMu,
            LandPriceWanPerMu = document.LandPriceWanPerMu,
            PowerPriceYuanPerKwh = document.PowerPriceYuanPerKwh,
            InvestmentWan = document.InvestmentWan,
            EffectiveFrom = Day(document.EffectiveFrom),
            EffectiveTo = Day(document.EffectiveTo),
            PublishedAt = document.PublishedAt,
            Url = document.Url,
            PinyinFull = Terms(Pinyin.FullTerms(document.Title).Append(Pinyin.Full(shortPrefecture))),
            PinyinInitials = Terms(Pinyin.InitialTerms(document.Title).Append(Pinyin.Initials(shortPrefecture))),
            KeywordsPinyinFull = Terms(keywords.SelectMany(Pinyin.FullTerms)),
            KeywordsPinyinInitials = Terms(keywords.SelectMany(Pinyin.InitialTerms)),
        };
    }

    private static List<string> Terms(IEnumerable<string> terms) =>
        terms.Where(term => term.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
