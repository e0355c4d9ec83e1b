using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary><c>/admin/parks</c>: the prefecture's parks with filters (status, q, chain), paging, import and export; a host admin picks the prefecture first.</summary>
public sealed class IndexModel(
    ICatalogueAdministration administration, ICatalogueModule catalogue, ICurrentTenant currentTenant, ITenancyModule tenancy)
    : CatalogueListPage(administration, catalogue, currentTenant, tenancy)
{
    public IReadOnlyList<AdminParkSummaryDto> Rows { get; private set; } = [];

    public override string Kind => CatalogueItemKinds.Park;

    public override string Items => "parks";

    protected override async Task LoadAsync(CatalogueAdminQuery query, CancellationToken cancellationToken) =>
        Rows = Keep(await Administration.ListParksAsync(query, cancellationToken))?.Items ?? [];
}
