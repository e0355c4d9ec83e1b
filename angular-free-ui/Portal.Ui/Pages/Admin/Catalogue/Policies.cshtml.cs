using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>
/// <c>/admin/policies</c>: the prefecture's incentive policies with filters (status, q, chain, validity:
/// <c>validity=in-force</c> leaves out expired ones, <c>expired</c> keeps only them), paging, import and export.
/// </summary>
public sealed class PoliciesModel(
    ICatalogueAdministration administration, ICatalogueModule catalogue, ICurrentTenant currentTenant, ITenancyModule tenancy)
    : CatalogueListPage(administration, catalogue, currentTenant, tenancy)
{
    public const string InForce = "in-force";
    public const string ExpiredOnly = "expired";

    [BindProperty(SupportsGet = true)]
    public string? Validity { get; set; }

    public IReadOnlyList<AdminPolicySummaryDto> Rows { get; private set; } = [];

    public override string Kind => CatalogueItemKinds.Policy;

    public override string Items => "policies";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraFilters() => [new("validity", Validity)];

    protected override CatalogueAdminQuery Query(int page) => base.Query(page) with
    {
        Expired = Validity switch
        {
            InForce => false,
            ExpiredOnly => true,
            _ => null,
        },
    };

    protected override async Task LoadAsync(CatalogueAdminQuery query, CancellationToken cancellationToken) =>
        Rows = Keep(await Administration.ListPoliciesAsync(query, cancellationToken))?.Items ?? [];
}
