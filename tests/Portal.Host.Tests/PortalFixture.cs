using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests;

/// <summary>One portal per test class, on a fresh PostgreSQL database and the shared Redis.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("The portal has not started.");

    public async Task InitializeAsync()
    {
        // Outside tests/run.sh the tests skip; starting the portal without services would only fail.
        if (TestServices.SkipUnless(Service.Postgres, Service.Redis) is not null)
        {
            return;
        }

        _app = await PortalApp.StartAsync(settings =>
        {
            settings.UseRedis = true;
            settings.Settings["Portal:TenantHostSuffix"] = "portal.test";
        });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
