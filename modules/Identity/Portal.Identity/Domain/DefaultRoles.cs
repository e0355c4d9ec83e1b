using Portal.Identity.Contracts;

namespace Portal.Identity.Domain;

/// <summary>
/// Roles the portal creates by itself, with their permissions (decided in docs/adr/0006). The seeder
/// converges the stored roles on this table on every start, so an upgrade that adds a permission reaches
/// existing installations.
/// </summary>
internal static class DefaultRoles
{
    /// <summary>The bureau's administrator: every permission, host scope.</summary>
    public const string HostAdmin = "host-admin";

    /// <summary>The bureau's staff (省投资促进局): triage and route inquiries, read reports and the audit log.</summary>
    public const string BureauStaff = "bureau-staff";

    /// <summary>A prefecture's investment-promotion bureau admin: publishes, manages its staff and clients.</summary>
    public const string PrefectureAdmin = "prefecture-admin";

    /// <summary>A prefecture's staff or special team (专班): works the inquiries routed to the prefecture.</summary>
    public const string PrefectureStaff = "prefecture-staff";

    public static IReadOnlyList<DefaultRole> All { get; } =
    [
        new(HostAdmin, ForPrefecture: false, Permissions.All),
        new(BureauStaff, ForPrefecture: false, [Permissions.InquiriesRoute, Permissions.InquiriesWork, Permissions.ReportsRead, Permissions.AuditRead]),
        new(PrefectureAdmin, ForPrefecture: true,
            [Permissions.CatalogueManage, Permissions.UsersManage, Permissions.ClientsManage, Permissions.InquiriesWork, Permissions.ReportsRead, Permissions.AuditRead]),
        new(PrefectureStaff, ForPrefecture: true, [Permissions.InquiriesWork, Permissions.ReportsRead]),
    ];

    public static DefaultRole? Find(string? name) => All.FirstOrDefault(role => role.Name == name);
}

internal sealed record DefaultRole(string Name, bool ForPrefecture, IReadOnlyList<string> Permissions);
