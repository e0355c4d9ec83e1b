using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Testing;
using Portal.Ui.Tests.Infrastructure;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Portal.Ui.Tests;

/// <summary>The public pages in a real Chromium: Chinese first, the English switch, the prefecture page.</summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string HeroTitleZh = "在云南，用绿色电力建设您的下一座工厂";
    private const string HeroTitleEn = "Build your next plant in Yunnan, on green power";

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task Home_page_speaks_Chinese_and_lists_the_prefectures()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await Expect(page).ToHaveTitleAsync("云南省投资促进门户");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.Locator(".brand-name")).ToHaveTextAsync("云南省投资促进门户");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(HeroTitleZh);
        await Expect(page.Locator(".prefecture-card")).ToHaveCountAsync(16);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "曲靖市" })).ToBeVisibleAsync();
        await Expect(page.GetByText("西双版纳傣族自治州", new() { Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "home-zh");
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task Clicking_a_prefecture_opens_its_page()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "曲靖市" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/t/qujing$"));
        await Expect(page).ToHaveTitleAsync("曲靖市 · 云南省投资促进门户");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("曲靖市");
        await Expect(page.Locator(".fact-list")).ToContainTextAsync("530300");
        await Expect(page.Locator(".fact-list")).ToContainTextAsync("Qujing");
        await Expect(page.Locator(".breadcrumb [aria-current=page]")).ToHaveTextAsync("曲靖市");
        await Screenshots.SaveAsync(page, "prefecture-zh");
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task English_switch_is_remembered_on_the_next_page_and_can_be_undone()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(HeroTitleEn);
        await Expect(page.Locator(".brand-name")).ToHaveTextAsync("Yunnan Investment Portal");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Qujing" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "home-en");

        // The next page is English without asking again: the choice is in the culture cookie.
        await page.GetByRole(AriaRole.Link, new() { Name = "Qujing" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/t/qujing$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Qujing");
        await Expect(page.Locator(".fact-list")).ToContainTextAsync("530300");
        await Expect(page.Locator(".fact-list")).ToContainTextAsync("Prefecture-level city");
        await Screenshots.SaveAsync(page, "prefecture-en");

        var cookies = await context.CookiesAsync();
        Assert.Contains(cookies, cookie => cookie.Name == ".AspNetCore.Culture" && cookie.Value.Contains("en", StringComparison.Ordinal));

        // Back to Chinese, staying on the same prefecture page.
        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/t/qujing$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("曲靖市");
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task Pages_and_the_language_switch_work_without_JavaScript()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/t/dali");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("大理白族自治州");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/t/dali$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dali");
        await Expect(page.Locator(".fact-list")).ToContainTextAsync("Autonomous prefecture");
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task Unknown_prefecture_is_a_404_page_a_person_can_read()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/t/unknown");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("页面不存在");
        await Screenshots.SaveAsync(page, "not-found-zh");
        await page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(HeroTitleZh);
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task Home_page_fits_a_phone_screen()
    {
        await using var context = await browser.NewContextAsync(width: 390, height: 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // Nothing wider than the screen: no sideways scrolling on a phone.
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than a 390px screen.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "曲靖市" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "home-zh-phone", fullPage: false);
    }
}
