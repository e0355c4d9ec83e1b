using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Testing;
using Xunit;

namespace Portal.Ui.Tests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel socket (a browser cannot reach TestServer) on 127.0.0.1 and a free
/// port, with the demo data on a fresh PostgreSQL database, and one headless Debian Chromium driven
/// by Playwright. Each test opens its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Flags for a container without a GPU, /dev/shm of 64 MB or network access.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private PortalApp? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium or PostgreSQL is not configured; the tests using this fixture skip.");

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Chromium, Service.Postgres) is not null)
        {
            return;
        }

        _app = new PortalApp(new PortalAppSettings { DemoData = true });
        await _app.InitializeDatabaseAsync();
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestServices.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (own cookies) whose relative URLs resolve against the portal.</summary>
    public Task<IBrowserContext> NewContextAsync(bool javaScript = true, int width = 1280, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },

            // What a browser in China sends: the portal must answer in Chinese without being told.
            Locale = "zh-CN",
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
