using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Identity.Domain;
using Portal.Identity.Persistence;
using Portal.Identity.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Identity.Clients;

/// <summary>
/// Keeps the two records of a client together: the OpenIddict application (secret hash, grant
/// permissions, scope properties) and the tenant-owned <see cref="MachineClient"/> row. Both are written
/// in one transaction on the same context, so a client is never half created or half deleted.
/// </summary>
internal sealed class ClientRegistry(
    IdentityModuleDbContext db,
    IOpenIddictApplicationManager applications,
    ICurrentTenant currentTenant,
    TimeProvider clock)
{
    public const string BootstrapCreator = "bootstrap";

    public async Task<RegisteredClient> CreateAsync(ClientRegistration registration, CancellationToken cancellationToken)
    {
        var clientId = registration.ClientId ?? Secrets.NewClientId(registration.Tenant?.Slug);
        var secret = registration.Type == ClientTypes.Confidential ? registration.Secret ?? Secrets.NewClientSecret() : null;
        var scope = new ClientScope(registration.Tenant?.Id, registration.Tenant?.Slug, registration.Permissions);

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = registration.Type,
            DisplayName = registration.DisplayName,
        };
        GrantPermissions(descriptor, registration.Type);
        foreach (var uri in registration.RedirectUris)
        {
            descriptor.RedirectUris.Add(uri);
        }

        foreach (var uri in registration.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(uri);
        }

        if (registration.PostLogoutRedirectUris.Count > 0)
        {
            // RP-initiated logout (/connect/logout) may return the user to the app.
            descriptor.Permissions.Add(OpenIddictConstants.Permissions.Endpoints.EndSession);
        }

        scope.WriteTo(descriptor);

        // The row belongs to the client's scope: write it as that scope, so the tenant interceptor agrees.
        using (currentTenant.Change(registration.Tenant?.Id, registration.Tenant?.Slug))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.MachineClients.Add(MachineClient.Create(
                registration.Tenant?.Id, clientId, registration.DisplayName, registration.Type, registration.Permissions,
                registration.RedirectUris.Select(uri => uri.AbsoluteUri), clock.GetUtcNow(), registration.CreatedBy));

            // Saves the tracked row too (same context), then the application; the secret is stored hashed.
            await applications.CreateAsync(descriptor, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new RegisteredClient(clientId, secret);
    }

    /// <summary>Deletes a client of the current scope; false when the current scope has no such client.</summary>
    public async Task<bool> DeleteAsync(string clientId, CancellationToken cancellationToken)
    {
        // The Tenant filter is the guard: another scope's client is simply not found.
        var client = await db.MachineClients.FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (client is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MachineClients.Remove(client);
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application)
        {
            // Also removes the client's tokens, so tokens already issued stop working at once.
            await applications.DeleteAsync(application, cancellationToken);
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Creates or corrects the host client named in configuration: confidential, host scope, every
    /// permission, the configured secret. Writes only what differs, so every start of every node may call it.
    /// </summary>
    public async Task<bool> EnsureHostClientAsync(string clientId, string secret, string displayName, CancellationToken cancellationToken)
    {
        var permissions = ClientScope.Allowed(tenantId: null);
        using var host = currentTenant.Change(null);
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            await CreateAsync(
                new ClientRegistration(displayName, null, permissions, ClientTypes.Confidential, [], BootstrapCreator, clientId, secret),
                cancellationToken);
            return true;
        }

        var changed = await CorrectApplicationAsync(application, secret, displayName, permissions, cancellationToken);
        var row = await db.MachineClients.FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (row is null)
        {
            db.MachineClients.Add(MachineClient.Create(
                null, clientId, displayName, ClientTypes.Confidential, permissions, [], clock.GetUtcNow(), BootstrapCreator));
            changed = true;
        }
        else
        {
            changed |= row.Update(displayName, permissions);
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    private async Task<bool> CorrectApplicationAsync(
        object application, string secret, string displayName, IReadOnlyList<string> permissions, CancellationToken cancellationToken)
    {
        var current = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(current, application, cancellationToken);
        var scope = ClientScope.From(await applications.GetPropertiesAsync(application, cancellationToken));

        var desired = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(desired, application, cancellationToken);
        desired.ClientType = ClientTypes.Confidential;
        desired.DisplayName = displayName;
        desired.Permissions.Clear();
        desired.RedirectUris.Clear();
        desired.Requirements.Clear();
        GrantPermissions(desired, ClientTypes.Confidential);
        new ClientScope(null, null, permissions).WriteTo(desired);

        var secretValid = current.ClientType == ClientTypes.Confidential
            && await applications.ValidateClientSecretAsync(application, secret, cancellationToken);
        var same = secretValid
            && current.DisplayName == displayName
            && current.Permissions.SetEquals(desired.Permissions)
            && current.RedirectUris.Count == 0
            && scope.TenantId is null
            && scope.Permissions.SequenceEqual(permissions, StringComparer.Ordinal);
        if (same)
        {
            return false;
        }

        if (!secretValid)
        {
            desired.ClientSecret = secret; // hashed by the manager because it differs from the stored hash
        }

        await applications.UpdateAsync(application, desired, cancellationToken);
        return true;
    }

    private static void GrantPermissions(OpenIddictApplicationDescriptor descriptor, string type)
    {
        descriptor.Permissions.Add(OpenIddictConstants.Permissions.Endpoints.Token);
        if (type == ClientTypes.Confidential)
        {
            descriptor.Permissions.Add(OpenIddictConstants.Permissions.GrantTypes.ClientCredentials);
            return;
        }

        // A public client signs people in with the authorization code flow and PKCE (served by a later feature).
        descriptor.Permissions.Add(OpenIddictConstants.Permissions.Endpoints.Authorization);
        descriptor.Permissions.Add(OpenIddictConstants.Permissions.GrantTypes.AuthorizationCode);
        descriptor.Permissions.Add(OpenIddictConstants.Permissions.GrantTypes.RefreshToken);
        descriptor.Permissions.Add(OpenIddictConstants.Permissions.ResponseTypes.Code);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
    }
}
