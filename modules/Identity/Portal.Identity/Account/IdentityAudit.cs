using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Identity.Persistence;
using Portal.Identity.Security;

namespace Portal.Identity.Account;

/// <summary>
/// Writes <see cref="AuditRecorded"/> events into the Identity outbox, in the tenant the entry is about
/// (so the Audit module files it under that prefecture). The caller's SaveChanges commits the entry with
/// the change it describes; an entry about a refused sign-in is saved on its own. Never a password.
/// </summary>
internal sealed class IdentityAudit(
    IdentityModuleDbContext db, ICurrentTenant currentTenant, IHttpContextAccessor http, TimeProvider clock)
{
    public static class Actions
    {
        public const string SignIn = "identity.sign-in";
        public const string SignOut = "identity.sign-out";
        public const string PasswordChanged = "identity.password-changed";
        public const string PasswordReset = "identity.password-reset";
        public const string PasswordResetRequested = "identity.password-reset-requested";
        public const string TwoFactorEnabled = "identity.two-factor-enabled";
        public const string TwoFactorDisabled = "identity.two-factor-disabled";
        public const string UserCreated = "identity.user-created";
        public const string UserUpdated = "identity.user-updated";
        public const string UserDisabled = "identity.user-disabled";
        public const string UserEnabled = "identity.user-enabled";
        public const string RoleCreated = "identity.role-created";
        public const string RoleUpdated = "identity.role-updated";
        public const string RoleDeleted = "identity.role-deleted";
    }

    /// <summary>Queues an entry; <paramref name="actor"/> defaults to the request's principal.</summary>
    public void Record(
        string action,
        string outcome,
        Guid? tenantId,
        string? entityType = null,
        string? entityId = null,
        IReadOnlyDictionary<string, string?>? changes = null,
        string? details = null,
        (string? Id, string? Name, string Kind)? actor = null)
    {
        var who = actor ?? Actor(http.HttpContext?.User);
        var entry = new AuditRecorded(
            Guid.CreateVersion7(), clock.GetUtcNow(), action, outcome, tenantId, who.Id, who.Name, who.Kind,
            entityType, entityId, http.HttpContext?.Connection.RemoteIpAddress?.ToString(), changes, details);
        using (currentTenant.Change(tenantId))
        {
            db.AddIntegrationEvent(entry);
        }
    }

    /// <summary>Saves queued entries on their own (refused sign-ins and other events without a change).</summary>
    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public static (string? Id, string? Name, string Kind) Actor(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return (null, null, ActorKinds.Anonymous);
        }

        // A token for a machine client names the client in sub; a person's cookie or token also has a name.
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? principal.FindFirstValue("name");
        return (principal.Subject(), name ?? principal.Subject(), name is null ? ActorKinds.Client : ActorKinds.User);
    }
}
