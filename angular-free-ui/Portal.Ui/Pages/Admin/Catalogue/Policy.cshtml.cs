using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Pages.Catalogue;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>
/// <c>/admin/policies/edit</c> (new) and <c>/admin/policies/edit/{id}</c> (edit): the policy form with the
/// catalogue's field errors, the version for optimistic concurrency, publication buttons and PDF attachments.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class PolicyModel(
    ICatalogueAdministration administration,
    ICatalogueModule catalogue,
    ICurrentTenant currentTenant,
    ITenancyModule tenancy,
    IStringLocalizer<CatalogueText> text) : CatalogueEditPage(administration, catalogue, currentTenant, tenancy, text)
{
    [BindProperty]
    public PolicyForm Form { get; set; } = new();

    public AdminPolicyDto? Policy { get; private set; }

    /// <summary>The parks the policy may name: the prefecture's parks that are not archived.</summary>
    public IReadOnlyList<ParkRefDto> ParkChoices { get; private set; } = [];

    public override string Kind => CatalogueItemKinds.Policy;

    public override string Items => "policies";

    protected override string ListPage => "/Admin/Catalogue/Policies";

    protected override string EditPage => "/Admin/Catalogue/Policy";

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(id, cancellationToken);
        using var tenant = scope.Activate(CurrentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage(ListPage);
        }

        if (id is { } policyId)
        {
            if ((await Administration.GetPolicyAsync(policyId, cancellationToken)).Value is not { } policy)
            {
                return NotFound();
            }

            Policy = policy;
            Form = PolicyForm.From(policy);
            await LoadMediaAsync(policyId, cancellationToken);
        }
        else
        {
            Form = new PolicyForm { Level = CatalogueLevels.Prefecture };
        }

        await LoadChoicesAsync(cancellationToken);
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

        if (Form.ToInput(Errors, Text["DateInvalid"]) is { } input)
        {
            var result = id is { } policyId
                ? await Administration.UpdatePolicyAsync(policyId, Form.Version, input, cancellationToken)
                : await Administration.CreatePolicyAsync(input, cancellationToken);
            if (result.Value is { } saved)
            {
                TempData["Message"] = Text["AdminParkSaved", saved.Content.Title ?? ""].Value;
                return RedirectToPage(EditPage, new { id = saved.Id, prefecture = RouteValue });
            }

            if (result.Outcome == CatalogueAdminOutcome.NotFound)
            {
                return NotFound();
            }

            ShowFailure(result);
        }

        if (id is { } current && (await Administration.GetPolicyAsync(current, cancellationToken)).Value is { } policy)
        {
            Policy = policy;
            await LoadMediaAsync(current, cancellationToken);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    protected override Task<CatalogueAdminResult<bool>> ChangeAsync(Guid id, string action, CancellationToken cancellationToken) =>
        Administration.ChangePolicyAsync(id, action, cancellationToken);

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        ParkChoices = (await Administration.ListParkChoicesAsync(cancellationToken)).Value ?? [];
}
