using Portal.Audit;
using Portal.BuildingBlocks.Modules;
using Portal.Calendar;
using Portal.Catalogue;
using Portal.Identity;
using Portal.Inquiries;
using Portal.Tenancy;

namespace Portal.Host;

/// <summary>Every module of the portal, in one place. Nothing is found by scanning.</summary>
internal static class PortalModules
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new TenancyModule(),
        new IdentityModule(),
        new CatalogueModule(),
        new AuditModule(),
        new CalendarModule(),
        new InquiriesModule(),
    ];
}
