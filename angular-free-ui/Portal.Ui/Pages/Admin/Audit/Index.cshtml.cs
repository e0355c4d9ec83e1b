using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Identity.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Admin.Audit;

/// <summary>
/// <c>/admin/audit</c>: the audit log of the signed-in person's scope (host: every prefecture; a prefecture:
/// its own), filtered by a GET form so that a filtered view is a link one can share, paged, with CSV and
/// XLSX export links to the API. Read-only: there is nothing here that edits an entry.
/// </summary>
[Authorize(Policy = Permissions.AuditRead)]
public sealed class IndexModel(IAuditLog log, ICurrentTenant currentTenant, ITenancyModule tenancy) : PageModel
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public string? From { get; private set; }

    public string? To { get; private set; }

    public string? ActionFilter { get; private set; }

    public string? Actor { get; private set; }

    public string? EntityType { get; private set; }

    public string? EntityId { get; private set; }

    public string? Outcome { get; private set; }

    public string? Tenant { get; private set; }

    public string? PageNumber { get; private set; }

    public string? PageSize { get; private set; }

    public bool IsHost => currentTenant.IsHost;

    public AuditPage? Result { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Active prefectures, for the host's prefecture filter and for showing names instead of slugs.</summary>
    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    public int PageCount => Result is null ? 0 : Math.Max(1, (int)Math.Ceiling(Result.Total / (double)Result.PageSize));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Read from the query string itself: "page" is also Razor Pages' own route value.
        var query = Request.Query;
        From = query["from"];
        To = query["to"];
        ActionFilter = query["action"];
        Actor = query["actor"];
        EntityType = query["entityType"];
        EntityId = query["entityId"];
        Outcome = query["outcome"];
        Tenant = query["tenant"];
        PageNumber = query["page"];
        PageSize = query["pageSize"];

        Prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
        var result = await log.QueryAsync(Query(), cancellationToken);
        if (!result.IsValid)
        {
            Errors = result.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result = result.Page;
        return Page();
    }

    public AuditQuery Query() => new(From, To, ActionFilter, Actor, EntityType, EntityId, Outcome, Tenant, PageNumber, PageSize);

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>The current filters as query values, with some replaced (paging, export format).</summary>
    public Dictionary<string, string?> RouteValues(int? page = null) => new(StringComparer.Ordinal)
    {
        ["from"] = Blank(From),
        ["to"] = Blank(To),
        ["action"] = Blank(ActionFilter),
        ["actor"] = Blank(Actor),
        ["entityType"] = Blank(EntityType),
        ["entityId"] = Blank(EntityId),
        ["outcome"] = Blank(Outcome),
        ["tenant"] = Blank(Tenant),
        ["pageSize"] = Blank(PageSize),
        ["page"] = page?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The export API with the same filters; the cookie authorizes it like this page.</summary>
    public string ExportUrl(string format)
    {
        var values = RouteValues();
        values.Remove("page");
        values.Remove("pageSize");
        values["format"] = format;
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            Url.Content("~/api/admin/audit/export"), values.Where(pair => pair.Value is not null));
    }

    public string PageUrl(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
        Url.Content("~/admin/audit"), RouteValues(page).Where(pair => pair.Value is not null));

    /// <summary>This page narrowed to one value of one filter (an actor, an entity), the other filters kept.</summary>
    public string FilterUrl(string field, string value)
    {
        var values = RouteValues();
        values[field] = value;
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            Url.Content("~/admin/audit"), values.Where(pair => pair.Value is not null));
    }

    /// <summary>Long ids (GUIDs) shortened for the table; the full value is in the link's title and target.</summary>
    public static string Abbreviate(string id) => id.Length > 16 ? id[..8] + "…" : id;

    public static string LocalTime(DateTimeOffset time) =>
        time.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public string TenantName(string? slug)
    {
        if (slug is null)
        {
            return "";
        }

        var prefecture = Prefectures.FirstOrDefault(p => string.Equals(p.Slug, slug, StringComparison.Ordinal));
        return prefecture?.DisplayName() ?? slug;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
