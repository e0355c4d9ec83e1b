using Portal.Catalogue.Contracts;
using Portal.Search;
using Portal.Tenancy.Contracts;

namespace Portal.CatalogueSearch.Projection;

/// <summary>
/// Turns the catalogue's published version of an item into the document both engines index. It only
/// ever reads published versions (<see cref="ICatalogueModule"/>), so a draft cannot reach the index.
/// </summary>
internal sealed class SearchDocumentProjector(ICatalogueModule catalogue, ITenancyModule tenancy)
{
    /// <summary>The taxonomy and the open prefectures, read once for a batch of items.</summary>
    public async Task<ProjectionContext> LoadContextAsync(CancellationToken cancellationToken)
    {
        var chains = await catalogue.ListIndustryChainsAsync(cancellationToken);
        var prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
        return new ProjectionContext(
            chains.ToDictionary(c => c.Code, StringComparer.Ordinal),
            prefectures.ToDictionary(p => p.Slug, StringComparer.Ordinal));
    }

    /// <summary>The item's document, or null when it is not public (draft, archived, deleted, prefecture disabled).</summary>
    public async Task<SearchDocument?> ProjectAsync(SearchKind kind, Guid id, ProjectionContext context, CancellationToken cancellationToken) => kind switch
    {
        SearchKind.Park => await catalogue.FindPublishedParkAsync(id, cancellationToken) is { } park ? Park(park, context) : null,
        SearchKind.Policy => await catalogue.FindPublishedPolicyAsync(id, cancellationToken) is { } policy ? Policy(policy, context) : null,
        SearchKind.Project => await catalogue.FindPublishedProjectAsync(id, cancellationToken) is { } project ? Project(project, context) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static SearchDocument? Park(PublishedParkDto park, ProjectionContext context)
    {
        if (context.Prefecture(park.Prefecture.Slug) is not { } prefecture)
        {
            return null;
        }

        var keywords = new List<string?>();
        keywords.Add(park.County);
        keywords.AddRange(ChineseNames.ParkKind(park.Kind));
        keywords.AddRange(ChineseNames.Level(park.Level));
        keywords.AddRange(context.ChainNames(park.Chains));
        keywords.AddRange(park.NotableEnterprises);
        keywords.Add(park.Logistics);
        keywords.Add(ChineseNames.ItemKind(CatalogueItemKinds.Park));
        var body = Join(HtmlText.ToPlainText(park.Description), park.Address, park.Logistics, park.WaterSupply, park.GasSupply);
        return Document(SearchKind.Park, park.Id, prefecture, park.Name, keywords, body, park.PublishedAt) with
        {
            Chains = park.Chains,
            Level = park.Level,
            AvailableLandMu = park.AvailableLandMu,
            LandPriceWanPerMu = park.LandPriceWanPerMu,
            PowerPriceYuanPerKwh = park.PowerPriceYuanPerKwh,
        };
    }

    public static SearchDocument? Policy(PublishedPolicyDto policy, ProjectionContext context)
    {
        if (context.Prefecture(policy.Prefecture.Slug) is not { } prefecture)
        {
            return null;
        }

        var keywords = new List<string?> { policy.Issuer, policy.DocumentNumber };
        keywords.AddRange(ChineseNames.Level(policy.Level));
        keywords.AddRange(context.ChainNames(policy.Chains));
        keywords.AddRange(policy.IncentiveKinds.SelectMany(ChineseNames.Incentive));
        keywords.AddRange(policy.Parks.Select(p => p.Name));
        keywords.Add(ChineseNames.ItemKind(CatalogueItemKinds.Policy));
        return Document(SearchKind.Policy, policy.Id, prefecture, policy.Title, keywords, HtmlText.ToPlainText(policy.Body), policy.PublishedAt) with
        {
            Chains = policy.Chains,
            Level = policy.Level,
            EffectiveFrom = policy.EffectiveFrom,
            EffectiveTo = policy.EffectiveTo,
        };
    }

    public static SearchDocument? Project(PublishedProjectDto project, ProjectionContext context)
    {
        if (context.Prefecture(project.Prefecture.Slug) is not { } prefecture)
        {
            return null;
        }

        var keywords = new List<string?>();
        keywords.AddRange(context.ChainNames([project.Chain]));
        keywords.Add(project.Park?.Name);
        keywords.AddRange(ChineseNames.Cooperation(project.CooperationMode));
        keywords.Add(ChineseNames.ItemKind(CatalogueItemKinds.Project));
        return Document(SearchKind.Project, project.Id, prefecture, project.Name, keywords, HtmlText.ToPlainText(project.Description), project.PublishedAt) with
        {
            Chains = [project.Chain],
            InvestmentWan = project.InvestmentWan,
        };
    }

    public static string Url(SearchKind kind, string prefectureSlug, Guid id) => kind switch
    {
        SearchKind.Park => $"/t/{prefectureSlug}/parks/{id:D}",
        SearchKind.Policy => $"/t/{prefectureSlug}/policies/{id:D}",
        SearchKind.Project => $"/t/{prefectureSlug}/projects/{id:D}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static SearchDocument Document(
        SearchKind kind, Guid id, PrefectureDto prefecture, string title, IEnumerable<string?> keywords, string body, DateTimeOffset publishedAt) => new()
        {
            Kind = kind,
            ItemId = id,
            TenantId = prefecture.Id,
            Prefecture = prefecture.Slug,
            PrefectureName = prefecture.Name,
            PrefectureNameEn = prefecture.NameEn,
            Title = title,
            Keywords = [.. keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Trim()).Distinct(StringComparer.Ordinal)],
            Body = body,
            PublishedAt = publishedAt,
            Url = Url(kind, prefecture.Slug, id),
        };

    private static string Join(params string?[] parts) =>
        string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}

/// <summary>What a projection needs besides the item: chain names and the prefectures, by code and slug.</summary>
internal sealed class ProjectionContext(
    IReadOnlyDictionary<string, IndustryChainDto> chains,
    Dictionary<string, PrefectureDto> prefectures)
{
    /// <summary>The open prefecture with this slug, or null (disabled or unknown: its items are not public).</summary>
    public PrefectureDto? Prefecture(string slug) => prefectures.GetValueOrDefault(slug);

    /// <summary>
    /// Uses the names a <c>TenantUpdated</c> event carries rather than a directory that may not have seen
    /// the rename yet; a disabled prefecture is dropped, so none of its items project.
    /// </summary>
    public ProjectionContext With(PrefectureDto prefecture)
    {
        var copy = new Dictionary<string, PrefectureDto>(prefectures, StringComparer.Ordinal);
        copy.Remove(prefecture.Slug);
        foreach (var stale in copy.Where(p => p.Value.Id == prefecture.Id).Select(p => p.Key).ToList())
        {
            copy.Remove(stale);
        }

        if (prefecture.IsActive)
        {
            copy[prefecture.Slug] = prefecture;
        }

        return new ProjectionContext(chains, copy);
    }

    /// <summary>Chinese and English names of the chains, so that 锂电 and "battery" both find them.</summary>
    public IEnumerable<string> ChainNames(IEnumerable<string> codes) => codes
        .Select(code => chains.GetValueOrDefault(code))
        .Where(chain => chain is not null)
        .SelectMany(chain => new[] { chain!.NameZh, chain.NameEn });
}
