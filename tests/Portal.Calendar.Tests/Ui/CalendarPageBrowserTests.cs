using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Calendar.Contracts;
using Portal.Testing;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Portal.Calendar.Tests.Ui;

/// <summary>
/// The portal on a real Kestrel socket with a fresh PostgreSQL database, and a headless Chromium with
/// JavaScript switched off: the calendar page must work with plain links and form posts.
/// </summary>
public sealed class CalendarBrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private PortalApp? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PortalApp App => _app ?? throw new InvalidOperationException("Chromium or PostgreSQL is not configured; the tests using this fixture skip.");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Chromium, Service.Postgres) is not null)
        {
            return;
        }

        _app = new PortalApp();
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

    public Task<IBrowserContext> NewContextAsync(string locale = "zh-CN") =>
        (_browser ?? throw new InvalidOperationException("No browser.")).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = locale,
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

public sealed class CalendarPageBrowserTests(CalendarBrowserFixture fixture) : IClassFixture<CalendarBrowserFixture>
{
    private const string ShotsFolder = "/tmp/shots";

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task The_host_admin_reads_2025_and_edits_a_year_without_JavaScript()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "/admin/calendar?year=2025");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("2025 年工作日历");
        var yearView = page.GetByRole(AriaRole.Table).First;
        await Expect(yearView).ToContainTextAsync("国庆节、中秋节调休");
        await Expect(yearView.GetByRole(AriaRole.Row).Filter(new() { HasText = "国庆节、中秋节" }).Filter(new() { HasText = "放假" }))
            .ToContainTextAsync("10月1日 周三");
        await Expect(page.GetByText("放假 28 天，调休上班 5 天。")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "工作日历" })).ToHaveAttributeAsync("aria-current", "page");
        Directory.CreateDirectory(ShotsFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, "calendar.png"), FullPage = true });

        // A year nobody entered: add National Day as a range and a make-up Saturday in a blank row.
        await page.GotoAsync("/admin/calendar?year=2035");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("尚未录入 2035 年的安排");
        await page.GetByLabel("第 1 行日期").FillAsync("2035-10-13");
        await page.GetByLabel("第 1 行类型").SelectOptionAsync(CalendarDayKinds.MakeUpWorkingDay);
        await page.GetByLabel("第 1 行名称").FillAsync("国庆节调休");
        await page.GetByLabel("开始日期").FillAsync("2035-10-01");
        await page.GetByLabel("结束日期").FillAsync("2035-10-07");
        await page.GetByLabel("节日名称").FillAsync("国庆节");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存 2035 年安排" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/calendar\\?year=2035&saved=true$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存 2035 年");
        await Expect(page.GetByText("放假 7 天，调休上班 1 天。")).ToBeVisibleAsync();
        var calendar = await fixture.App.Services.GetRequiredService<IWorkingCalendarProvider>().GetAsync();
        Assert.True(calendar.IsWorkingDay(new DateOnly(2035, 10, 13)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2035, 10, 5)));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, "calendar-saved.png"), FullPage = true });

        // A make-up day on a weekday is refused next to its row, and nothing is saved.
        await page.GetByLabel("第 8 行日期").FillAsync("2035-10-10");
        await page.GetByLabel("第 8 行类型").SelectOptionAsync(CalendarDayKinds.MakeUpWorkingDay);
        await page.GetByLabel("第 8 行名称").FillAsync("调休");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存 2035 年安排" }).ClickAsync();
        await Expect(page.Locator(".field-error")).ToContainTextAsync("2035-10-10 不是星期六或星期日");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, "calendar-invalid.png"), FullPage = true });
        Assert.True((await fixture.App.Services.GetRequiredService<IWorkingCalendarProvider>().GetAsync()).IsWorkingDay(new DateOnly(2035, 10, 10)));
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task The_page_speaks_English_when_the_browser_does()
    {
        await using var context = await fixture.NewContextAsync("en-US");
        var page = await context.NewPageAsync();
        await SignInAsync(page, "/admin/calendar?year=2026", "User name or email", "Password", "Sign in");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Working calendar 2026");
        await Expect(page.GetByText("33 days off, 6 make-up working days.")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, "calendar-en.png"), FullPage = true });
    }

    private static async Task SignInAsync(IPage page, string target, string user = "用户名或电子邮箱", string password = "密码", string button = "登录")
    {
        await page.GotoAsync(target);
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GetByLabel(user).FillAsync("admin");
        await page.GetByLabel(password, new() { Exact = true }).FillAsync(PortalApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target) + "$"));
    }
}
