using Portal.Testing;
using Xunit;

namespace Portal.Catalogue.Tests.Http;

/// <summary>The embedded default with demo data: SQLite files, the 16 prefectures and their published catalogue.</summary>
public sealed class DemoPortalFixture : IAsyncLifetime
{
    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("The portal has not started.");

    public async Task InitializeAsync() => _app = await PortalApp.StartAsync(settings =>
    {
        settings.UsePostgres = false;
        settings.DemoData = true;
    });

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
