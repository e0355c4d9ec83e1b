using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Testing;
using Xunit;

namespace Portal.Ui.Tests.Inquiries;

/// <summary>
/// Like <see cref="Infrastructure.BrowserFixture"/> (the portal with the demo data on Kestrel, one headless
/// Chromium), with the intake's minimum fill time shortened to <see cref="MinimumFillTime"/>: a test fills the
/// form as a person would and waits out only what is left of that second, never a person's three.
/// </summary>
public sealed class InquiryBrowserFixture : IAsyncLifetime
{
    public static readonly TimeSpan MinimumFillTime = TimeSpan.FromSeconds(1);

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

        var settings = new PortalAppSettings { DemoData = true };
        settings.Settings["Inquiries:Intake:MinimumFillTime"] = MinimumFillTime.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        settings.Settings["Inquiries:Intake:RateLimit"] = "1000";
        _app = new PortalApp(settings);
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

    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
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
