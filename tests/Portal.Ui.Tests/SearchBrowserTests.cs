using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Testing;
using Portal.Ui.Tests.Infrastructure;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Portal.Ui.Tests;

/// <summary>The search in Chromium: suggestions while typing, results, a facet click, the address as the state; and the same without JavaScript.</summary>
public sealed class SearchBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Where people look at the search pages (besides the usual screenshots folder).</summary>
    private const string ShotsFolder = "/tmp/shots";

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task Typing_shows_suggestions_submitting_shows_results_and_a_facet_narrows_them_in_the_address()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await DemoIndexedAsync(context);
        await page.GotoAsync("/");

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索关键词" });
        await box.PressSequentiallyAsync("绿色", new() { Delay = 60 });
        var suggestions = page.Locator("#search-suggestions .suggestion-list a");
        await Expect(suggestions.First).ToBeVisibleAsync();
        await Expect(suggestions.First).ToHaveAttributeAsync("href", new Regex("^/t/[a-z]+/(parks|policies|projects)/[0-9a-f-]{36}$"));

        await box.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=%E7%BB%BF%E8%89%B2$"));
        await Expect(page.Locator(".result").First).ToBeVisibleAsync();
        await Expect(page.Locator(".result-title em").First).ToBeVisibleAsync();
        var before = await page.Locator(".results-count").InnerTextAsync();

        // A facet: the kind "园区" with its count; the list refreshes in place and the address follows.
        await page.Locator(".facet-option", new() { Has = page.Locator("input[name=kind][value=park]") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=%E7%BB%BF%E8%89%B2&kind=park$"));
        await Expect(page.Locator(".results-count")).Not.ToHaveTextAsync(before);
        var badges = page.Locator(".result .kind-badge");
        await Expect(badges.First).ToHaveTextAsync("园区");
        foreach (var badge in await badges.AllInnerTextsAsync())
        {
            Assert.Equal("园区", badge);
        }

        await Expect(page.Locator("input[name=kind][value=park]")).ToBeCheckedAsync();
        await Expect(box).ToHaveValueAsync("绿色");

        // The address is the state: opened afresh, it shows the same.
        var shared = page.Url;
        var again = await context.NewPageAsync();
        await again.GotoAsync(shared);
        await Expect(again.Locator("input[name=kind][value=park]")).ToBeCheckedAsync();
        await Expect(again.Locator(".results-count")).ToHaveTextAsync(await page.Locator(".results-count").InnerTextAsync());

        // Back goes to the search without the facet.
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=%E7%BB%BF%E8%89%B2$"));
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task Without_JavaScript_the_form_still_searches_and_filters()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await DemoIndexedAsync(context);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索关键词" }).FillAsync("绿色铝");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=%E7%BB%BF%E8%89%B2%E9%93%9D$"));
        await Expect(page.Locator(".result").First).ToBeVisibleAsync();

        await page.Locator("input[name=kind][value=park]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "应用筛选" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("kind=park"));
        await Expect(page.Locator(".result .kind-badge").First).ToHaveTextAsync("园区");
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task Screenshots_of_the_home_page_and_the_results_on_a_desktop_and_a_phone()
    {
        foreach (var (name, width) in new[] { ("desktop", 1280), ("mobile", 390) })
        {
            await using var context = await browser.NewContextAsync(width: width, height: 900);
            var page = await context.NewPageAsync();
            await DemoIndexedAsync(context);

            await page.GotoAsync("/");
            await SaveAsync(page, $"search-home-{name}");

            await page.GotoAsync("/search?q=" + Uri.EscapeDataString("新能源电池"));
            await Expect(page.Locator(".result").First).ToBeVisibleAsync();
            await SaveAsync(page, $"search-results-{name}");

            // The suggestion list as it looks while typing.
            await page.GotoAsync("/search");
            await page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索关键词" }).PressSequentiallyAsync("lv", new() { Delay = 60 });
            await Expect(page.Locator("#search-suggestions .suggestion-list a").First).ToBeVisibleAsync();
            await SaveAsync(page, $"search-suggest-{name}", fullPage: false);
        }
    }

    private static async Task SaveAsync(IPage page, string name, bool fullPage = true)
    {
        await Screenshots.SaveAsync(page, name, fullPage);
        try
        {
            Directory.CreateDirectory(ShotsFolder);
            File.Copy(Path.Combine(Screenshots.Folder, name + ".png"), Path.Combine(ShotsFolder, name + ".png"), overwrite: true);
        }
        catch (IOException)
        {
            // A convenience copy only.
        }
    }

    /// <summary>The demo catalogue is indexed in the background at start-up: poll the API until it answers.</summary>
    private static async Task DemoIndexedAsync(IBrowserContext context)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await context.APIRequest.GetAsync("/api/search?pageSize=1&q=" + Uri.EscapeDataString("绿色铝"));
            var json = await response.JsonAsync();
            if (json?.GetProperty("total").GetInt64() > 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the demo catalogue was not indexed within 60 s");
            await Task.Delay(250);
        }
    }
}
