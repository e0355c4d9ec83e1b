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
/// <c>/admin/parks/edit</c> (new) and <c>/admin/parks/edit/{id}</c> (edit): the park form with the
/// catalogue's own field errors, the version for optimistic concurrency, and publish / unpublish / archive / delete.
/// </summary>
public sealed class ParkModel(
    ICatalogueAdministration administration,
    ICatalogueModule catalogue,
    ICurrentTenant currentTenant,
    ITenancyModule tenancy,
    IStringLocalizer<CatalogueText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "prefecture")]
    public string? PrefectureSlug { get; set; }

    [BindProperty]
    public ParkForm Form { get; set; } = new();

    public Guid? Id { get; private set; }

    public AdminParkDto? Park { get; private set; }

    public PrefectureDto? Prefecture { get; private set; }

    public string? RouteValue { get; private set; }

    public IReadOnlyList<IndustryChainDto> Chains { get; private set; } = [];

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>A form-wide message: a stale version, a refused action.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(id, cancellationToken);
        using var tenant = scope.Activate(currentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage("/Admin/Catalogue/Index");
        }

        if (id is { } parkId)
        {
            var found = await administration.GetParkAsync(parkId, cancellationToken);
            if (found.Value is not { } park)
            {
                return NotFound();
            }

            Park = park;
            Form = ParkForm.From(park);
        }
        else
        {
            Form = new ParkForm { Kind = ParkKinds.IndustrialPark, Level = CatalogueLevels.Provincial };
        }

        Form.PadContacts();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(id, cancellationToken);
        using var tenant = scope.Activate(currentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage("/Admin/Catalogue/Index");
        }

        var input = Form.ToInput(Errors, text["NumberInvalid"], out var contactRowOf);
        CatalogueAdminResult<AdminParkDto>? result = null;
        if (input is not null)
        {
            result = id is { } parkId
                ? await administration.UpdateParkAsync(parkId, Form.Version, input, cancellationToken)
                : await administration.CreateParkAsync(input, cancellationToken);
            if (result.Value is { } saved)
            {
                TempData["Message"] = text["AdminParkSaved", saved.Content.Name ?? ""].Value;
                return RedirectToPage("/Admin/Catalogue/Park", new { id = saved.Id, prefecture = RouteValue });
            }

            if (result.Outcome == CatalogueAdminOutcome.NotFound)
            {
                return NotFound();
            }

            foreach (var (field, messages) in result.FieldErrors ?? new Dictionary<string, string[]>())
            {
                Errors[RowField(field, contactRowOf)] = messages;
            }

            Problem = result.Outcome == CatalogueAdminOutcome.Stale ? text["AdminStale", result.CurrentVersion ?? 0].Value : result.Message;
        }

        if (id is { } current && (await administration.GetParkAsync(current, cancellationToken)).Value is { } park)
        {
            Park = park;
        }

        Form.PadContacts();
        return Page();
    }

    public async Task<IActionResult> OnPostActionAsync(Guid id, string action, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(id, cancellationToken);
        using var tenant = scope.Activate(currentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage("/Admin/Catalogue/Index");
        }

        if (!CatalogueAdminActions.All.Contains(action))
        {
            return BadRequest();
        }

        var result = await administration.ChangeParkAsync(id, action, cancellationToken);
        if (result.Outcome == CatalogueAdminOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = text["AdminDone_" + action].Value;
            return action == CatalogueAdminActions.Delete
                ? RedirectToPage("/Admin/Catalogue/Index", new { prefecture = RouteValue })
                : RedirectToPage("/Admin/Catalogue/Park", new { id, prefecture = RouteValue });
        }

        Problem = result.Message;
        if ((await administration.GetParkAsync(id, cancellationToken)).Value is { } park)
        {
            Park = park;
            Form = ParkForm.From(park);
        }

        Form.PadContacts();
        return Page();
    }

    /// <summary>Where the form posts: this page (new or this park) with the handler and, for a host admin, the prefecture.</summary>
    public string HandlerUrl(string handler)
    {
        var path = Id is { } id ? $"/admin/parks/edit/{id}" : "/admin/parks/edit";
        var query = QueryString.Create([
            new KeyValuePair<string, string?>("handler", handler),
            .. RouteValue is { } slug ? [new KeyValuePair<string, string?>("prefecture", slug)] : Array.Empty<KeyValuePair<string, string?>>(),
        ]);
        return Url.Content("~" + path) + query.ToUriComponent();
    }

    /// <summary>The messages for a field (and its items: <c>chains[0]</c>, <c>contacts[1].phone</c>).</summary>
    public IEnumerable<string> ErrorsFor(string field) =>
        Errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal)).SelectMany(e => e.Value);

    /// <summary>Errors that no input shows (they go at the top of the form).</summary>
    public IEnumerable<string> OtherErrors(IEnumerable<string> shown) =>
        Errors.Where(e => !shown.Any(field => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal))).SelectMany(e => e.Value);

    private async Task<CataloguePrefecture> EnterAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        var scope = await CataloguePrefecture.EnterAsync(HttpContext, currentTenant, tenancy, PrefectureSlug, cancellationToken);
        Prefecture = scope.Prefecture;
        RouteValue = scope.RouteValue;
        Chains = await catalogue.ListIndustryChainsAsync(cancellationToken);
        return scope;
    }

    /// <summary><c>contacts[i].x</c> of the i-th contact sent, renamed to the form row it came from.</summary>
    private static string RowField(string field, List<int> contactRowOf)
    {
        const string prefix = "contacts[";
        if (field.StartsWith(prefix, StringComparison.Ordinal))
        {
            var end = field.IndexOf(']', StringComparison.Ordinal);
            if (end > prefix.Length && int.TryParse(field[prefix.Length..end], out var sent) && sent < contactRowOf.Count)
            {
                return $"contacts[{contactRowOf[sent]}]{field[(end + 1)..]}";
            }
        }

        return field;
    }
}
