using Microsoft.AspNetCore.Http;

namespace Portal.Ui.Pages.Admin;

/// <summary>
/// One entry of the back office's side navigation: <paramref name="TextKey"/> names an <c>AdminText</c>
/// resource; the entry shows only to people holding <paramref name="Permission"/> or, when given,
/// <paramref name="OrPermission"/> (both null: everyone signed in).
/// </summary>
internal sealed record AdminNavigationItem(string TextKey, string Href, string? Permission = null, string? OrPermission = null)
{
    public bool IsVisibleTo(IReadOnlyCollection<string>? permissions) =>
        Permission is null
        || (permissions is not null && (permissions.Contains(Permission) || (OrPermission is not null && permissions.Contains(OrPermission))));

    public bool IsActive(PathString path) => Href == "/admin"
        ? path.Equals(new PathString(Href), StringComparison.OrdinalIgnoreCase)
        : path.StartsWithSegments(Href, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The back office's side navigation, in display order. A new back-office area (the audit log, clients…)
/// adds its entry here together with its pages and the entry's text in <c>AdminText*.resx</c>.
/// </summary>
internal static class AdminNavigation
{
    public static IReadOnlyList<AdminNavigationItem> Items { get; } =
    [
        new("NavDashboard", "/admin"),
        new("NavUsers", "/admin/users", Identity.Contracts.Permissions.UsersManage),
        new("NavRoles", "/admin/roles", Identity.Contracts.Permissions.UsersManage),
        new("NavClients", "/admin/clients", Identity.Contracts.Permissions.ClientsManage),
        new("NavCatalogue", "/admin/parks", Identity.Contracts.Permissions.CatalogueManage),
        new("NavCataloguePolicies", "/admin/policies", Identity.Contracts.Permissions.CatalogueManage),
        new("NavCatalogueProjects", "/admin/projects", Identity.Contracts.Permissions.CatalogueManage),
        new("NavInquiries", "/admin/inquiries", Identity.Contracts.Permissions.InquiriesRoute, Identity.Contracts.Permissions.InquiriesWork),
        new("NavAudit", "/admin/audit", Identity.Contracts.Permissions.AuditRead),
        new("NavCalendar", "/admin/calendar", Identity.Contracts.Permissions.TaxonomyManage),
        new("NavSecurity", "/account/two-factor"),
        new("NavChangePassword", "/account/change-password"),
    ];
}
