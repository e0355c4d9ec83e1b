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

        // Pinyin covers what people name things by (title, keywords, prefecture), not the long body.
        var named = new List<string>(document.Keywords.Count + 2) { document.Title };
        named.AddRange(document.Keywords);
        named.Add(document.PrefectureName);

        return new CatalogueIndexDocument
        {
            Key = document.Key,
            Kind = SearchKinds.Code(document.Kind),
            ItemId = document.ItemId,
            TenantId = document.TenantId,
            Prefecture = document.Prefecture,
            PrefectureNames = prefectureNames,
            Title = document.Title,
            Keywords = document.Keywords,
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
            PinyinFull = named.SelectMany(Pinyin.FullTerms).Distinct(StringComparer.Ordinal).ToList(),
            PinyinInitials = named.SelectMany(Pinyin.InitialTerms).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
