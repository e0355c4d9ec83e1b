using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary><c>/admin/projects</c>: the prefecture's investment projects with filters (status, q, chain), paging, import and export.</summary>
public sealed class ProjectsModel(
    ICatalogueAdministration administration, ICatalogueModule catalogue, ICurrentTenant currentTenant, ITenancyModule tenancy)
    : CatalogueListPage(administration, catalogue, currentTenant, tenancy)
{
    public IReadOnlyList<AdminProjectSummaryDto> Rows { get; private set; } = [];

    /// <summary>Park names by id, to show the park a project belongs to.</summary>
    public IReadOnlyDictionary<Guid, string> ParkNames { get; private set; } = new Dictionary<Guid, string>();

    public override string Kind => CatalogueItemKinds.Project;

    public override string Items => "projects";

    protected override async Task LoadAsync(CatalogueAdminQuery query, CancellationToken cancellationToken)
    {
        Rows = Keep(await Administration.ListProjectsAsync(query, cancellationToken))?.Items ?? [];
        ParkNames = ((await Administration.ListParkChoicesAsync(cancellationToken)).Value ?? []).ToDictionary(p => p.Id, p => p.Name);
    }
}
