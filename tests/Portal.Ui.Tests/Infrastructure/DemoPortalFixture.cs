using Portal.Testing;
using Xunit;

namespace Portal.Ui.Tests.Infrastructure;

/// <summary>
/// The portal in memory (TestServer) on a fresh PostgreSQL database with the demo data, so the
/// 16 prefectures exist. Started only when PostgreSQL is configured: without it the tests skip.
/// </summary>
public sealed class DemoPortalFixture : IAsyncLifetime
{
    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is null)
        {
            _app = await PortalApp.StartAsync(settings =>
            {
                settings.DemoData = true;

                // Tests run from build output, where static assets default to no-cache so that edited
                // files show at once; this keeps the headers a published portal sends.
                settings.Settings["EnableStaticAssetsDevelopmentCaching"] = "true";
            });
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
