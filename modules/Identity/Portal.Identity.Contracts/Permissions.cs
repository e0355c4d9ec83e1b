namespace Portal.Identity.Contracts;

/// <summary>
/// Named permissions. Endpoints require a permission (an authorization policy of the same name),
/// never a role: roles are only bundles of these.
/// </summary>
public static class Permissions
{
    /// <summary>Create, rename and disable prefectures. Host only.</summary>
    public const string TenantsManage = "tenants.manage";

    /// <summary>Create machine clients within the caller's own scope.</summary>
    public const string ClientsManage = "clients.manage";

    /// <summary>Manage the users of the caller's own scope.</summary>
    public const string UsersManage = "users.manage";

    /// <summary>Create, edit, publish and archive parks, policies and projects of a prefecture.</summary>
    public const string CatalogueManage = "catalogue.manage";

    /// <summary>Manage the shared industry-chain taxonomy. Host only.</summary>
    public const string TaxonomyManage = "taxonomy.manage";

    /// <summary>Triage and route inquiries to prefectures. Host only.</summary>
    public const string InquiriesRoute = "inquiries.route";

    /// <summary>Work the inquiry cases of a prefecture: stages, funds, notes.</summary>
    public const string InquiriesWork = "inquiries.work";

    /// <summary>Read the quarterly statistics.</summary>
    public const string ReportsRead = "reports.read";

    /// <summary>Read the audit log of the caller's scope.</summary>
    public const string AuditRead = "audit.read";

    /// <summary>Rebuild the public search index and edit its industry synonym list. Host only.</summary>
    public const string SearchManage = "search.manage";

    /// <summary>Every permission, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TenantsManage, ClientsManage, UsersManage, CatalogueManage, TaxonomyManage,
        InquiriesRoute, InquiriesWork, ReportsRead, AuditRead, SearchManage,
    ];

    /// <summary>Permissions that only host principals may hold; a prefecture can never be granted them.</summary>
    public static IReadOnlyList<string> HostOnly { get; } = [TenantsManage, TaxonomyManage, InquiriesRoute, SearchManage];

    public static bool IsKnown(string permission) => All.Contains(permission, StringComparer.Ordinal);
}
