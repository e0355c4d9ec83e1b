using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Portal.BuildingBlocks;
using Portal.BuildingBlocks.Modules;
using Portal.Identity.Clients;

namespace Portal.Identity.Seeding;

/// <summary>
/// With <c>Portal:Bootstrap:ClientId</c> and <c>ClientSecret</c> set, a confidential host client with every
/// permission exists and has that secret, for scripts and deployments. Idempotent: every start re-applies it.
/// </summary>
internal sealed class BootstrapClientSeeder(
    IServiceScopeFactory scopes, IOptions<PortalOptions> options, ILogger<BootstrapClientSeeder> logger) : IDataSeeder
{
    public const string DisplayName = "Bootstrap host client";

    public int Order => 210;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var bootstrap = options.Value.Bootstrap;
        if (string.IsNullOrWhiteSpace(bootstrap.ClientId) || string.IsNullOrWhiteSpace(bootstrap.ClientSecret))
        {
            return;
        }

        var clientId = bootstrap.ClientId.Trim();
        try
        {
            await EnsureAsync(clientId, bootstrap.ClientSecret, cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateException or OpenIddictExceptions.ConcurrencyException)
        {
            // Another node applied it at the same moment; one more pass sees its result.
            logger.LogInformation("Retrying the bootstrap client after a concurrent change: {Reason}", exception.Message);
            await EnsureAsync(clientId, bootstrap.ClientSecret, cancellationToken);
        }
    }

    private async Task EnsureAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<ClientRegistry>();
        if (await registry.EnsureHostClientAsync(clientId, secret, DisplayName, cancellationToken))
        {
            logger.LogInformation("Applied the bootstrap host client {ClientId} from configuration", clientId);
        }
    }
}
