using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Identity;

/// <summary>
/// One portal (TestServer, fresh PostgreSQL database, no demo data) per test class, with the bootstrap
/// host client from <see cref="PortalApp"/>'s settings. Started only when PostgreSQL is configured.
/// </summary>
public sealed class IdentityPortalFixture : IAsyncLifetime
{
    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is null)
        {
            _app = await PortalApp.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
