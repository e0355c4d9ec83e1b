using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Identity.Account;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Domain;
using Portal.Identity.Features.CreateClient;
using Portal.Identity.Localization;
using Portal.Identity.Persistence;
using Portal.Identity.Security;

namespace Portal.Identity.Clients;

/// <summary>
/// The one place the rules about clients live, whatever the entry point (<c>/api/admin/clients</c> or the
/// back-office pages): reads go through the <c>Tenant</c> filter, so another scope's client is not found; a host
/// caller creates host clients or a named prefecture's, a prefecture caller only its own; nobody grants a
/// permission they do not hold; a prefecture client never holds a host-only one; a public client holds none.
/// Creations and deletions leave an audit entry committed with them.
/// </summary>
internal sealed class ClientAdministration(
    IdentityModuleDbContext db,
    ClientRegistry registry,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    IdentityAudit audit,
    IStringLocalizer<IdentityMessages> text,
    ILogger<ClientAdministration> logger) : IClientAdministration
{
    public const string CreatedAction = "identity.client-created";
    public const string DeletedAction = "identity.client-deleted";

    public async Task<IReadOnlyList<ClientDetails>> ListClientsAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        var clients = await db.MachineClients.AsNoTracking().ToListAsync(cancellationToken);
        return [.. clients
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.ClientId, StringComparer.Ordinal)
            .Select(Details)];
    }

    public async Task<AdminResult<ClientDetails>> GetClientAsync(ClaimsPrincipal caller, string clientId, CancellationToken cancellationToken = default)
    {
        var client = await db.MachineClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        return client is null ? new(AdminStatus.NotFound, null) : new(AdminStatus.Ok, Details(client));
    }

    public async Task<AdminResult<CreatedClient>> CreateClientAsync(ClaimsPrincipal caller, NewClient request, CancellationToken cancellationToken = default)
    {
        var errors = CreateClientValidator.Validate(request, text);
        if (errors.HasErrors)
        {
            return new(AdminStatus.Invalid, null, errors.ToDictionary());
        }

        var target = await TargetScopeAsync(request.Tenant, caller.TenantId(), cancellationToken);
        if (target.Refusal is { } refusal)
        {
            return Refused<CreatedClient>(refusal);
        }

        var type = CreateClientValidator.TypeOf(request)!;
        var granted = Grant(request.Permissions, type, target.Tenant, caller.PermissionSet());
        if (granted.Refusal is { } denied)
        {
            return Refused<CreatedClient>(denied);
        }

        var displayName = request.DisplayName!.Trim();
        var redirectUris = Parse(request.RedirectUris);

        // Where /connect/logout may send the app's user back to: the given ones, else the sign-in callbacks.
        var postLogoutRedirectUris = request.PostLogoutRedirectUris is { Count: > 0 } ? Parse(request.PostLogoutRedirectUris) : redirectUris;
        var registration = new ClientRegistration(
            displayName, target.Tenant, granted.Permissions, type, redirectUris, caller.Subject())
        {
            PostLogoutRedirectUris = type == ClientKinds.Public ? postLogoutRedirectUris : [],
        };

        // Queued before the registry saves: the entry commits in the same transaction as the client.
        var clientId = Secrets.NewClientId(target.Tenant?.Slug);
        audit.Record(CreatedAction, AuditOutcomes.Succeeded, target.Tenant?.Id, "client", clientId, new Dictionary<string, string?>
        {
            ["displayName"] = displayName,
            ["type"] = type,
            ["permissions"] = string.Join(",", granted.Permissions),
            ["redirectUris"] = string.Join(" ", redirectUris.Select(uri => uri.AbsoluteUri)),
            ["tenant"] = target.Tenant?.Slug,
        });
        var created = await registry.CreateAsync(registration with { ClientId = clientId }, cancellationToken);
        logger.LogInformation(
            "{Caller} created the {Type} client {ClientId} for {Tenant}", caller.Subject(), type, created.ClientId, target.Tenant?.Slug ?? "host");
        return new(
            AdminStatus.Created,
            new CreatedClient(created.ClientId, created.ClientSecret, displayName, type, target.Tenant?.Slug, granted.Permissions));
    }

    public async Task<AdminResult<ClientDetails>> DeleteClientAsync(ClaimsPrincipal caller, string clientId, CancellationToken cancellationToken = default)
    {
        // The Tenant filter is the guard: another scope's client is simply not found.
        var client = await db.MachineClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (client is null)
        {
            return new(AdminStatus.NotFound, null);
        }

        audit.Record(DeletedAction, AuditOutcomes.Succeeded, client.TenantId, "client", client.ClientId, new Dictionary<string, string?>
        {
            ["displayName"] = client.DisplayName,
            ["type"] = client.Type,
        });
        if (!await registry.DeleteAsync(clientId, cancellationToken))
        {
            return new(AdminStatus.NotFound, null);
        }

        logger.LogInformation("{Caller} deleted the client {ClientId}", caller.Subject(), clientId);
        return new(AdminStatus.Ok, Details(client));
    }

    public IReadOnlyList<string> AssignablePermissions(ClaimsPrincipal caller, string? tenant = null)
    {
        var held = caller.PermissionSet();
        var prefecture = caller.TenantId() is not null || currentTenant.Id is not null || !string.IsNullOrWhiteSpace(tenant);
        return [.. ClientScope.Allowed(prefecture ? Guid.Empty : null).Where(held.Contains)];
    }

    private ClientDetails Details(MachineClient client) => new(
        client.ClientId, client.DisplayName, client.Type, currentTenant.Slug, client.Permissions, client.RedirectUris, client.CreatedAt, client.CreatedBy);

    private static List<Uri> Parse(IReadOnlyList<string>? uris) =>
        [.. (uris ?? []).Select(uri => CreateClientValidator.ParseRedirectUri(uri)!)];

    private sealed record Refusal(AdminStatus Status, string Detail, string Code, Dictionary<string, string[]>? Errors = null);

    private static AdminResult<T> Refused<T>(Refusal refusal) => new(refusal.Status, default, refusal.Errors, refusal.Detail, refusal.Code);

    private static Refusal Invalid(string field, string message) =>
        new(AdminStatus.Invalid, message, "validation", new() { [field] = [message] });

    private async Task<(TenantInfo? Tenant, Refusal? Refusal)> TargetScopeAsync(
        string? requestedSlug, Guid? callerTenant, CancellationToken cancellationToken)
    {
        // The request's tenant is already resolved and checked: a prefecture caller is confined to its own.
        var current = currentTenant.Id is { } currentId ? await tenants.FindByIdAsync(currentId, cancellationToken) : null;
        var slug = requestedSlug?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(slug))
        {
            return (current, null);
        }

        if (callerTenant is not null)
        {
            return slug == current?.Slug
                ? (current, null)
                : (null, new Refusal(AdminStatus.Forbidden, text["TenantOtherForbidden"], "client.other-tenant"));
        }

        if (current is not null)
        {
            return slug == current.Slug ? (current, null) : (null, Invalid("tenant", text["TenantHeaderMismatch"]));
        }

        var named = await tenants.FindBySlugAsync(slug, cancellationToken);
        return named is { IsActive: true } ? (named, null) : (null, Invalid("tenant", text["TenantUnknown", slug]));
    }

    private (IReadOnlyList<string> Permissions, Refusal? Refusal) Grant(
        IReadOnlyList<string>? requested, string type, TenantInfo? target, IReadOnlySet<string> held)
    {
        // A public client acts for whoever signs in through it and holds nothing itself.
        if (type == ClientKinds.Public)
        {
            return ([], null);
        }

        var allowed = ClientScope.Allowed(target?.Id);
        if (requested is null)
        {
            return ([.. allowed.Where(held.Contains)], null);
        }

        var distinct = requested.Distinct(StringComparer.Ordinal).ToList();
        var errors = new Dictionary<string, string[]>();
        foreach (var hostOnly in distinct.Where(permission => !allowed.Contains(permission)))
        {
            errors[$"permissions[{IndexOf(requested, hostOnly)}]"] = [text["PermissionHostOnly", hostOnly].Value];
        }

        if (errors.Count > 0)
        {
            return ([], new Refusal(AdminStatus.Invalid, errors.First().Value[0], "validation", errors));
        }

        var notHeld = distinct.Where(permission => !held.Contains(permission)).ToList();
        if (notHeld.Count > 0)
        {
            return ([], new Refusal(AdminStatus.Forbidden, text["PermissionNotHeld", string.Join(", ", notHeld)], "client.permission-not-held"));
        }

        return ([.. allowed.Where(distinct.Contains)], null);
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
