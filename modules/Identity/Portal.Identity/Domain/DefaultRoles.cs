namespace Portal.Identity.Domain;

/// <summary>Roles the portal creates by itself.</summary>
internal static class DefaultRoles
{
    /// <summary>The bureau's administrator: every permission, host scope.</summary>
    public const string HostAdmin = "host-admin";
}
