using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Pages.Catalogue;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>
/// <c>/admin/projects/edit</c> (new) and <c>/admin/projects/edit/{id}</c> (edit): the project form with the
/// catalogue's field errors, the version for optimistic concurrency, publication buttons and photos.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class ProjectModel(
    ICatalogueAdministration administration,
    ICatalogueModule catalogue,
    ICurrentTenant currentTenant,
    ITenancyModule tenancy,
    IStringLocalizer<CatalogueText> text) : CatalogueEditPage(administration, catalogue, currentTenant, tenancy, text)
{
    [BindProperty]
    public ProjectForm Form { get; set; } = new();

    public AdminProjectDto? Project { get; private set; }

    /// <summary>The parks the project may belong to: the prefecture's parks that are not archived.</summary>
    public IReadOnlyList<ParkRefDto> ParkChoices { get; private set; } = [];

    public override string Kind => CatalogueItemKinds.Project;

    public override string Items => "projects";

    protected override string ListPage => "/Admin/Catalogue/Projects";

    protected override string EditPage => "/Admin/Catalogue/Project";

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(id, cancellationToken);
        using var tenant = scope.Activate(CurrentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage(ListPage);
        }

        if (id is { } projectId)
        {
            if ((await Administration.GetProjectAsync(projectId, cancellationToken)).Value is not { } project)
            {
                return NotFound();
            }

            Project = project;
            Form = ProjectForm.From(project);
            await LoadMediaAsync(projectId, cancellationToken);
        }
        else
        {
            Form = new ProjectForm { CooperationMode = CooperationModes.Cooperation };
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

        if (Form.ToInput(Errors, Text["NumberInvalid"]) is { } input)
        {
            var result = id is { } projectId
                ? await Administration.UpdateProjectAsync(projectId, Form.Version, input, cancellationToken)
                : await Administration.CreateProjectAsync(input, cancellationToken);
            if (result.Value is { } saved)
            {
                TempData["Message"] = Text["AdminParkSaved", saved.Content.Name ?? ""].Value;
                return RedirectToPage(EditPage, new { id = saved.Id, prefecture = RouteValue });
            }

            if (result.Outcome == CatalogueAdminOutcome.NotFound)
            {
                return NotFound();
            }

            ShowFailure(result);
        }

        if (id is { } current && (await Administration.GetProjectAsync(current, cancellationToken)).Value is { } project)
        {
            Project = project;
            await LoadMediaAsync(current, cancellationToken);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    protected override Task<CatalogueAdminResult<bool>> ChangeAsync(Guid id, string action, CancellationToken cancellationToken) =>
        Administration.ChangeProjectAsync(id, action, cancellationToken);

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        ParkChoices = (await Administration.ListParkChoicesAsync(cancellationToken)).Value ?? [];
}
