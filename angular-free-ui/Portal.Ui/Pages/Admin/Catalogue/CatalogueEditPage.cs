using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Pages.Catalogue;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>
/// What the park, policy and project edit pages share: the prefecture worked in, field errors, the
/// handler URLs, and the media handlers (list, upload, remove, read back a draft's photo or PDF).
/// Media and publication changes answer with a redirect (post/redirect/get) and a message.
/// </summary>
public abstract class CatalogueEditPage(
    ICatalogueAdministration administration,
    ICatalogueModule catalogue,
    ICurrentTenant currentTenant,
    ITenancyModule tenancy,
    IStringLocalizer<CatalogueText> text) : PageModel
{
    /// <summary>The upload limit of the page's form posts: the largest file (a 20 MB PDF) and the multipart framing.</summary>
    public const long MaxUploadBytes = (20 * 1024 * 1024) + (64 * 1024);

    [BindProperty(SupportsGet = true, Name = "prefecture")]
    public string? PrefectureSlug { get; set; }

    public Guid? Id { get; private set; }

    public PrefectureDto? Prefecture { get; private set; }

    public string? RouteValue { get; private set; }

    public IReadOnlyList<IndustryChainDto> Chains { get; private set; } = [];

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>A form-wide message: a stale version, a refused action.</summary>
    public string? Problem { get; protected set; }

    /// <summary>The item's photos (parks, projects) or PDF attachments (policies).</summary>
    public IReadOnlyList<AdminMediaDto> Media { get; private set; } = [];

    /// <summary>The catalogue item kind (<see cref="CatalogueItemKinds"/>).</summary>
    public abstract string Kind { get; }

    /// <summary>The back-office path segment: <c>parks</c>, <c>policies</c>, <c>projects</c>.</summary>
    public abstract string Items { get; }

    protected ICatalogueAdministration Administration { get; } = administration;

    protected ICurrentTenant CurrentTenant { get; } = currentTenant;

    protected IStringLocalizer<CatalogueText> Text { get; } = text;

    /// <summary>The list page of this kind.</summary>
    protected abstract string ListPage { get; }

    /// <summary>This edit page.</summary>
    protected abstract string EditPage { get; }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, string? caption, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(id, cancellationToken);
        using var tenant = scope.Activate(CurrentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage(ListPage);
        }

        byte[] content = [];
        if (file is not null && file.Length > 0 && file.Length <= MaxUploadBytes)
        {
            content = new byte[file.Length];
            await using var stream = file.OpenReadStream();
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var result = await Administration.AddMediaAsync(Kind, id, content, file?.FileName, caption, cancellationToken);
        if (result.Outcome == CatalogueAdminOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = Text["AdminMediaAdded"].Value;
        }
        else
        {
            TempData["Error"] = result.Message ?? string.Join(" ", (result.FieldErrors ?? new Dictionary<string, string[]>()).SelectMany(e => e.Value));
        }

        return RedirectToPage(EditPage, new { id, prefecture = RouteValue });
    }

    public async Task<IActionResult> OnPostRemoveMediaAsync(Guid id, Guid mediaId, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(id, cancellationToken);
        using var tenant = scope.Activate(CurrentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage(ListPage);
        }

        var result = await Administration.RemoveMediaAsync(Kind, id, mediaId, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Message"] = Text["AdminMediaRemoved"].Value;
        return RedirectToPage(EditPage, new { id, prefecture = RouteValue });
    }

    /// <summary>A photo, its thumbnail, or a PDF of the item, whatever its status (the public <c>/media</c> URLs serve published items only).</summary>
    public async Task<IActionResult> OnGetMediaAsync(Guid id, Guid mediaId, bool thumb, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(id, cancellationToken);
        using var tenant = scope.Activate(CurrentTenant);
        if (Prefecture is null)
        {
            return NotFound();
        }

        var result = await Administration.OpenMediaAsync(Kind, id, mediaId, thumb, cancellationToken);
        if (result.Value is not { } media)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-cache";
        Response.Headers.XContentTypeOptions = "nosniff";
        if (media.ContentType == "application/pdf")
        {
            Response.Headers.ContentSecurityPolicy = "sandbox";
            return File(media.Content, media.ContentType, media.FileName);
        }

        return File(media.Content, media.ContentType);
    }

    public async Task<IActionResult> OnPostActionAsync(Guid id, string action, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(id, cancellationToken);
        using var tenant = scope.Activate(CurrentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage(ListPage);
        }

        if (!CatalogueAdminActions.All.Contains(action))
        {
            return BadRequest();
        }

        var result = await ChangeAsync(id, action, cancellationToken);
        if (result.Outcome == CatalogueAdminOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = Text["AdminDone_" + action].Value;
            return action == CatalogueAdminActions.Delete
                ? RedirectToPage(ListPage, new { prefecture = RouteValue })
                : RedirectToPage(EditPage, new { id, prefecture = RouteValue });
        }

        TempData["Error"] = result.Message;
        return RedirectToPage(EditPage, new { id, prefecture = RouteValue });
    }

    /// <summary>Where a form posts: this page (new or this item) with the handler and, for a host admin, the prefecture.</summary>
    public string HandlerUrl(string handler)
    {
        var path = Id is { } id ? $"/admin/{Items}/edit/{id}" : $"/admin/{Items}/edit";
        var query = QueryString.Create([
            new KeyValuePair<string, string?>("handler", handler),
            .. RouteValue is { } slug ? [new KeyValuePair<string, string?>("prefecture", slug)] : Array.Empty<KeyValuePair<string, string?>>(),
        ]);
        return Url.Content("~" + path) + query.ToUriComponent();
    }

    /// <summary>The back-office URL of one of the item's media (thumbnail of a photo when <paramref name="thumb"/>).</summary>
    public string MediaUrl(Guid mediaId, bool thumb) => MediaUrl(Url, Items, Id ?? Guid.Empty, mediaId, thumb, RouteValue);

    public static string MediaUrl(IUrlHelper url, string items, Guid id, Guid mediaId, bool thumb, string? routeValue)
    {
        var query = QueryString.Create([
            new KeyValuePair<string, string?>("handler", "Media"),
            new KeyValuePair<string, string?>("mediaId", mediaId.ToString()),
            .. thumb ? [new KeyValuePair<string, string?>("thumb", "true")] : Array.Empty<KeyValuePair<string, string?>>(),
            .. routeValue is { } slug ? [new KeyValuePair<string, string?>("prefecture", slug)] : Array.Empty<KeyValuePair<string, string?>>(),
        ]);
        return url.Content($"~/admin/{items}/edit/{id}") + query.ToUriComponent();
    }

    /// <summary>The messages for a field (and its items: <c>chains[0]</c>, <c>contacts[1].phone</c>).</summary>
    public IEnumerable<string> ErrorsFor(string field) =>
        Errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal) || e.Key.StartsWith(field + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value);

    /// <summary>Errors that no input shows (they go at the top of the form).</summary>
    public IEnumerable<string> OtherErrors(IEnumerable<string> shown) =>
        Errors.Where(e => !shown.Any(field => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal) || e.Key.StartsWith(field + ".", StringComparison.Ordinal)))
            .SelectMany(e => e.Value);

    protected abstract Task<CatalogueAdminResult<bool>> ChangeAsync(Guid id, string action, CancellationToken cancellationToken);

    /// <summary>Finds the prefecture and the chains; call <see cref="CataloguePrefecture.Activate"/> on the result in the handler itself.</summary>
    private protected async Task<CataloguePrefecture> EnterAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        var scope = await CataloguePrefecture.EnterAsync(HttpContext, CurrentTenant, tenancy, PrefectureSlug, cancellationToken);
        Prefecture = scope.Prefecture;
        RouteValue = scope.RouteValue;
        Chains = await catalogue.ListIndustryChainsAsync(cancellationToken);
        return scope;
    }

    /// <summary>Loads the item's media (inside the activated prefecture).</summary>
    protected async Task LoadMediaAsync(Guid id, CancellationToken cancellationToken) =>
        Media = (await Administration.ListMediaAsync(Kind, id, cancellationToken)).Value ?? [];

    /// <summary>Shows the catalogue's field errors (and a stale version or refusal) on the form.</summary>
    protected void ShowFailure<T>(CatalogueAdminResult<T> result, Func<string, string>? rename = null)
    {
        foreach (var (field, messages) in result.FieldErrors ?? new Dictionary<string, string[]>())
        {
            Errors[rename is null ? field : rename(field)] = messages;
        }

        Problem = result.Outcome == CatalogueAdminOutcome.Stale ? Text["AdminStaleItem", result.CurrentVersion ?? 0].Value : result.Message;
    }
}
