using Microsoft.Extensions.Hosting;

namespace Portal.Identity.Security;

/// <summary>
/// Loads (or generates) the token keys when the host starts, so that a wrong certificate path or
/// password stops the start instead of failing the first token request.
/// </summary>
internal sealed class TokenKeyWarmup(TokenKeyRing keys) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = keys.Signing;
        _ = keys.Encryption;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
