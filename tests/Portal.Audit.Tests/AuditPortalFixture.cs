using Portal.Testing;
using Xunit;

namespace Portal.Audit.Tests;

/// <summary>One portal per test class, on a fresh PostgreSQL database.</summary>
public sealed class AuditPortalFixture : IAsyncLifetime
{
    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("The portal has not started.");

    public async Task InitializeAsync()
    {
        // Outside tests/run.sh the tests skip; starting the portal without PostgreSQL would only fail.
        if (TestServices.SkipUnless(Service.Postgres) is not null)
        {
            return;
        }

        _app = await PortalApp.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
