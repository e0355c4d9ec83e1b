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

    /// <summary>The prefecture's parks that are not archived, by name: what a policy or a project may name.</summary>
    Task<CatalogueAdminResult<IReadOnlyList<ParkRefDto>>> ListParkChoicesAsync(CancellationToken cancellationToken = default);

    /// <summary>Policies, newest change first; <see cref="CatalogueAdminQuery.Expired"/> false leaves out those whose last day has passed.</summary>
    Task<CatalogueAdminResult<CatalogueAdminPage<AdminPolicySummaryDto>>> ListPoliciesAsync(CatalogueAdminQuery query, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<AdminPolicyDto>> GetPolicyAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The working copy rendered as the public would see it once published (parks: the published ones it names).</summary>
    Task<CatalogueAdminResult<PublishedPolicyDto>> PreviewPolicyAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A new draft; a document number its issuer already gave is a field error on <c>documentNumber</c>.</summary>
    Task<CatalogueAdminResult<AdminPolicyDto>> CreatePolicyAsync(PolicyInput input, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<AdminPolicyDto>> UpdatePolicyAsync(Guid id, int version, PolicyInput input, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<bool>> ChangePolicyAsync(Guid id, string action, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<CatalogueAdminPage<AdminProjectSummaryDto>>> ListProjectsAsync(CatalogueAdminQuery query, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<AdminProjectDto>> GetProjectAsync(Guid id, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<PublishedProjectDto>> PreviewProjectAsync(Guid id, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<AdminProjectDto>> CreateProjectAsync(ProjectInput input, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<AdminProjectDto>> UpdateProjectAsync(Guid id, int version, ProjectInput input, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<bool>> ChangeProjectAsync(Guid id, string action, CancellationToken cancellationToken = default);

    /// <summary>An item's photos (parks, projects) or PDF attachments (policies), in their order.</summary>
    /// <param name="kind">One of <see cref="CatalogueItemKinds"/>.</param>
    Task<CatalogueAdminResult<IReadOnlyList<AdminMediaDto>>> ListMediaAsync(string kind, Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a photo (parks, projects: JPEG, PNG or WebP judged by its bytes, at most 10 MB, re-encoded
    /// without metadata) or a PDF (policies, at most 20 MB), with the same checks as the upload API.
    /// </summary>
    Task<CatalogueAdminResult<AdminMediaDto>> AddMediaAsync(
        string kind, Guid id, byte[] content, string? fileName, string? caption, CancellationToken cancellationToken = default);

    Task<CatalogueAdminResult<bool>> RemoveMediaAsync(string kind, Guid id, Guid mediaId, CancellationToken cancellationToken = default);

    /// <summary>The bytes of one of the prefecture's media (a thumbnail when asked and it is a photo), published or not.</summary>
    Task<CatalogueAdminResult<CatalogueAdminFile>> OpenMediaAsync(string kind, Guid id, Guid mediaId, bool thumbnail, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports a CSV or XLSX file as drafts exactly as <c>POST /api/admin/{items}/import</c> does; a
    /// file that cannot be read is <see cref="CatalogueAdminOutcome.Invalid"/> with an error on <c>file</c>.
    /// </summary>
    /// <param name="mode">One of <see cref="CatalogueImportModes"/>.</param>
    Task<CatalogueAdminResult<CatalogueImportReportDto>> ImportAsync(
        string kind, string mode, string? fileName, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>The items that match the list's filters as a file that imports again.</summary>
    /// <param name="format"><c>csv</c> or <c>xlsx</c>.</param>
    Task<CatalogueAdminResult<CatalogueAdminFile>> ExportAsync(string kind, string format, CatalogueAdminQuery query, CancellationToken cancellationToken = default);
}

/// <summary>The import modes the back office offers.</summary>
public static class CatalogueImportModes
{
    /// <summary>Checks every row, imports nothing.</summary>
    public const string Validate = "validate";

    /// <summary>Imports the valid rows and reports the others.</summary>
    public const string ValidRows = "valid-rows";

    /// <summary>Imports only a file without a single error.</summary>
    public const string AllOrNothing = "all-or-nothing";

    public static IReadOnlyList<string> All { get; } = [AllOrNothing, ValidRows, Validate];
}

/// <summary>A file for the browser: bytes, type and name.</summary>
public sealed record CatalogueAdminFile(byte[] Content, string ContentType, string FileName);

/// <summary>An import's counts and every row: <c>valid</c>, <c>invalid</c> (with field errors) or <c>imported</c> (with its id).</summary>
public sealed record CatalogueImportReportDto(string Mode, int Total, int Valid, int Invalid, int Imported, IReadOnlyList<CatalogueImportRowDto> Rows);

/// <summary>One data row as a spreadsheet numbers it (the header is row 1).</summary>
public sealed record CatalogueImportRowDto(int Row, string Status, IReadOnlyDictionary<string, string[]> Errors, Guid? Id);

/// <summary>A photo or PDF attachment as the back office lists it.</summary>
public sealed record AdminMediaDto(
    Guid Id, string Kind, string ContentType, long Length, int? Width, int? Height, string? FileName, string? Caption, DateTimeOffset CreatedAt);

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
/// <remarks><see cref="Expired"/> applies to policies only: false leaves out expired ones, true keeps only them.</remarks>
public sealed record CatalogueAdminQuery(string? Status, string? Q, string? Chain, int Page = 1, int PageSize = 20, bool? Expired = null);

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

/// <summary>A policy in the back-office list; <see cref="Expired"/> from today's date in China.</summary>
public sealed record AdminPolicySummaryDto(
    Guid Id, string Title, string Issuer, string? DocumentNumber, string Level, IReadOnlyList<string> Chains,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool Expired,
    string Status, bool HasUnpublishedChanges, int Version, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>A policy's working copy as the back office edits it.</summary>
public sealed record AdminPolicyDto(
    Guid Id, string Status, int Version, bool HasUnpublishedChanges, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, bool Expired,
    PolicyInput Content);

/// <summary>A policy's fields as a form posts them (the API's <c>PolicyRequest</c> without the version); rich-text body.</summary>
public sealed record PolicyInput(
    string? Title,
    string? Issuer,
    string? DocumentNumber,
    string? Level,
    IReadOnlyList<string> Chains,
    IReadOnlyList<Guid> Parks,
    IReadOnlyList<string> IncentiveKinds,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string? Body);

/// <summary>A project in the back-office list.</summary>
public sealed record AdminProjectSummaryDto(
    Guid Id, string Name, string Chain, Guid? Park, decimal InvestmentWan, string CooperationMode,
    string Status, bool HasUnpublishedChanges, int Version, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>A project's working copy as the back office edits it.</summary>
public sealed record AdminProjectDto(
    Guid Id, string Status, int Version, bool HasUnpublishedChanges, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, ProjectInput Content);

/// <summary>A project's fields as a form posts them (the API's <c>ProjectRequest</c> without the version).</summary>
public sealed record ProjectInput(
    string? Name,
    string? Chain,
    Guid? Park,
    decimal? InvestmentWan,
    string? CooperationMode,
    string? Description,
    ContactDto? Contact);
