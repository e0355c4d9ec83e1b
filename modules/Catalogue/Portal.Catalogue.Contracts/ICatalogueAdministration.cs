namespace Portal.Catalogue.Contracts;

/// <summary>
/// The back office's way into the catalogue: the same rules, audit and events as <c>/api/admin/parks</c>,
/// for the current prefecture (<c>ICurrentTenant</c>; the caller switches to a prefecture for a host
/// admin). Every call fails with <see cref="CatalogueAdminOutcome.PrefectureRequired"/> without one.
/// </summary>
public interface ICatalogueAdministration
{
    Task<CatalogueAdminResult<CatalogueAdminPage<AdminParkSummaryDto>>> ListParksAsync(CatalogueAdminQuery query, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<AdminParkDto>> GetParkAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The working copy rendered as the public would see it once published (a preview).</summary>
    Task<CatalogueAdminResult<PublishedParkDto>> PreviewParkAsync(Guid id, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<AdminParkDto>> CreateParkAsync(ParkInput input, CancellationToken cancellationToken = default);

    /// <param name="version">The version the edit is based on: an older one is <see cref="CatalogueAdminOutcome.Stale"/>.</param>
    Task<CatalogueAdminResult<AdminParkDto>> UpdateParkAsync(Guid id, int version, ParkInput input, CancellationToken cancellationToken = default);

    /// <param name="action">One of <see cref="CatalogueAdminActions"/>.</param>
    Task<CatalogueAdminResult<bool>> ChangeParkAsync(Guid id, string action, CancellationToken cancellationToken = default);
}

/// <summary>What the publication buttons do.</summary>
public static class CatalogueAdminActions
{
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string Archive = "archive";
    public const string Delete = "delete";

    public static IReadOnlyList<string> All { get; } = [Publish, Unpublish, Archive, Delete];
}

/// <summary>An admin list's filters: <c>status</c> (draft, published, archived), text, chain code, page (from 1), page size (≤ 100).</summary>
public sealed record CatalogueAdminQuery(string? Status, string? Q, string? Chain, int Page = 1, int PageSize = 20);

public sealed record CatalogueAdminPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);

public enum CatalogueAdminOutcome
{
    Succeeded,

    /// <summary>Field errors in <see cref="CatalogueAdminResult{T}.FieldErrors"/> (keys as the API names fields).</summary>
    Invalid,

    NotFound,

    /// <summary>Someone saved first: <see cref="CatalogueAdminResult{T}.CurrentVersion"/> is the version now.</summary>
    Stale,

    /// <summary>The item's state forbids it (deleting a published park, a park still in use…): see <see cref="CatalogueAdminResult{T}.Message"/>.</summary>
    Refused,

    PrefectureRequired,
}

/// <summary>An answer with localized messages (the request culture's).</summary>
public sealed record CatalogueAdminResult<T>(
    CatalogueAdminOutcome Outcome,
    T? Value = default,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null,
    string? Message = null,
    int? CurrentVersion = null)
{
    public bool Succeeded => Outcome == CatalogueAdminOutcome.Succeeded;
}

/// <summary>A park in the back-office list.</summary>
public sealed record AdminParkSummaryDto(
    Guid Id, string Name, string Kind, string Level, string? County, IReadOnlyList<string> Chains, decimal? AvailableLandMu,
    string Status, bool HasUnpublishedChanges, int Version, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>A park's working copy as the back office edits it.</summary>
public sealed record AdminParkDto(
    Guid Id, string Status, int Version, bool HasUnpublishedChanges, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, ParkInput Content);

/// <summary>A park's fields as a form posts them (the API's <c>ParkRequest</c> without the version).</summary>
public sealed record ParkInput(
    string? Name,
    string? Kind,
    string? Level,
    string? County,
    string? Address,
    decimal? Latitude,
    decimal? Longitude,
    decimal? PlannedAreaMu,
    decimal? AvailableLandMu,
    decimal? LandPriceWanPerMu,
    decimal? PowerPriceYuanPerKwh,
    string? WaterSupply,
    string? GasSupply,
    string? Logistics,
    IReadOnlyList<string> Chains,
    IReadOnlyList<string> NotableEnterprises,
    string? Description,
    IReadOnlyList<ContactDto> Contacts);
