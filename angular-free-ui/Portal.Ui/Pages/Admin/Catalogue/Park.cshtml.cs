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
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class ParkModel(
    ICatalogueAdministration administration,
    ICatalogueModule catalogue,
    ICurrentTenant currentTenant,
    ITenancyModule tenancy,
    IStringLocalizer<CatalogueText> text) : CatalogueEditPage(administration, catalogue, currentTenant, tenancy, text)
{
    [BindProperty]
    public ParkForm Form { get; set; } = new();

    public AdminParkDto? Park { get; private set; }

    public override string Kind => CatalogueItemKinds.Park;

    public override string Items => "parks";

    protected override string ListPage => "/Admin/Catalogue/Index";

    protected override string EditPage => "/Admin/Catalogue/Park";

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(id, cancellationToken);
        using var tenant = scope.Activate(CurrentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage(ListPage);
        }

        if (id is { } parkId)
        {
            var found = await Administration.GetParkAsync(parkId, cancellationToken);
            if (found.Value is not { } park)
            {
                return NotFound();
            }

            Park = park;
            Form = ParkForm.From(park);
            await LoadMediaAsync(parkId, cancellationToken);
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
        using var tenant = scope.Activate(CurrentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage(ListPage);
        }

        var input = Form.ToInput(Errors, Text["NumberInvalid"], out var contactRowOf);
        if (input is not null)
        {
            var result = id is { } parkId
                ? await Administration.UpdateParkAsync(parkId, Form.Version, input, cancellationToken)
                : await Administration.CreateParkAsync(input, cancellationToken);
            if (result.Value is { } saved)
            {
                TempData["Message"] = Text["AdminParkSaved", saved.Content.Name ?? ""].Value;
                return RedirectToPage(EditPage, new { id = saved.Id, prefecture = RouteValue });
            }

            if (result.Outcome == CatalogueAdminOutcome.NotFound)
            {
                return NotFound();
            }

            ShowFailure(result, field => RowField(field, contactRowOf));
        }

        if (id is { } current && (await Administration.GetParkAsync(current, cancellationToken)).Value is { } park)
        {
            Park = park;
            await LoadMediaAsync(current, cancellationToken);
        }

        Form.PadContacts();
        return Page();
    }

    protected override Task<CatalogueAdminResult<bool>> ChangeAsync(Guid id, string action, CancellationToken cancellationToken) =>
        Administration.ChangeParkAsync(id, action, cancellationToken);

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
