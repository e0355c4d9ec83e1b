using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Testing;
using Portal.Ui.Tests.Infrastructure;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Portal.Ui.Tests.Inquiries;

/// <summary>
/// The inquiry pages in a real Chromium: an enterprise fills the form and tracks its inquiry; the bureau opens
/// the inbox and routes the inquiry to a prefecture. Screenshots (desktop and a 390 px phone) go to
/// <c>/tmp/shots/inquiries-*.png</c> for people to look at.
/// </summary>
public sealed class InquiryBrowserTests(InquiryBrowserFixture browser) : IClassFixture<InquiryBrowserFixture>
{
    private const string ShotsFolder = "/tmp/shots";

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task An_enterprise_sends_the_form_gets_a_tracking_code_and_sees_the_stage()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var email = $"li-{Guid.NewGuid():N}"[..11] + "@battery.example";

        await page.GotoAsync("/");
        await page.Locator(".main-nav").GetByRole(AriaRole.Link, new() { Name = "投资咨询" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inquire$"));
        var shown = Stopwatch.StartNew();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("投资咨询");

        // Arrived by a boosted link (htmx swaps the body only): the form's styles came along all the same.
        await Expect(page.Locator(".field").First).ToHaveCSSAsync("display", "grid");

        await FillFormAsync(page, "云岭锂电新材料有限公司", email);
        await ShotAsync(page, "inquire-desktop");

        // The intake refuses forms sent back faster than the minimum fill time: wait out what is left of it.
        var left = InquiryBrowserFixture.MinimumFillTime + TimeSpan.FromMilliseconds(100) - shown.Elapsed;
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "提交咨询" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "咨询已提交" })).ToBeVisibleAsync();
        var code = (await page.Locator("[data-tracking-code]").TextContentAsync())!.Trim();
        Assert.False(string.IsNullOrEmpty(code));
        await ShotAsync(page, "inquire-done-desktop");

        await page.GetByRole(AriaRole.Link, new() { Name = "查询进度" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/track\\?code="));
        await Expect(page.GetByLabel("跟踪码")).ToHaveValueAsync(code);
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();

        var result = page.Locator(".track-result");
        await Expect(result.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("云岭锂电新材料有限公司");
        await Expect(result.Locator("[data-stage]")).ToHaveTextAsync("已受理");
        await Expect(result.Locator(".next-step")).ToContainTextAsync("省投资促进局正在审阅您的咨询");
        await ShotAsync(page, "track-desktop");

        // A wrong email: one neutral message, nothing about the inquiry.
        await page.GetByLabel("电子邮箱").FillAsync("not-me@battery.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("未找到与该跟踪码和邮箱相符的咨询，请核对后重试。");
        await Expect(page.Locator(".track-result")).ToHaveCountAsync(0);

        // The same pages on a phone: nothing wider than the screen.
        await using var phone = await browser.NewContextAsync(width: 390, height: 844);
        var small = await phone.NewPageAsync();
        await small.GotoAsync("/inquire");
        await AssertFitsAsync(small);
        await ShotAsync(small, "inquire-phone");
        await small.GotoAsync($"/track?code={Uri.EscapeDataString(code)}");
        await small.GetByLabel("电子邮箱").FillAsync(email);
        await small.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Expect(small.Locator(".track-result [data-stage]")).ToHaveTextAsync("已受理");
        await AssertFitsAsync(small);
        await ShotAsync(small, "track-phone");
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task The_bureau_opens_the_inbox_and_routes_an_inquiry_to_a_prefecture()
    {
        // An enterprise's inquiry first, sent through the form.
        await using (var enterprise = await browser.NewContextAsync())
        {
            var form = await enterprise.NewPageAsync();
            await form.GotoAsync("/inquire?prefecture=dali");
            var shown = Stopwatch.StartNew();
            await FillFormAsync(form, "苍山绿色硅材料有限公司", $"cs-{Guid.NewGuid():N}"[..10] + "@silicon.example", pickPrefecture: false);
            var left = InquiryBrowserFixture.MinimumFillTime + TimeSpan.FromMilliseconds(100) - shown.Elapsed;
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }

            await form.GetByRole(AriaRole.Button, new() { Name = "提交咨询" }).ClickAsync();
            await Expect(form.GetByRole(AriaRole.Heading, new() { Name = "咨询已提交" })).ToBeVisibleAsync();
        }

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/inquiries");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GetByLabel("用户名或电子邮箱").FillAsync("admin");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(PortalApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/inquiries$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("投资咨询");
        await Expect(page.Locator(".admin-nav [aria-current=page]")).ToHaveTextAsync("投资咨询");
        var row = page.Locator(".inquiry-row", new() { HasText = "苍山绿色硅材料有限公司" });
        await Expect(row).ToContainTextAsync("已受理");
        await ShotAsync(page, "inbox-desktop");

        await row.GetByRole(AriaRole.Link, new() { Name = "苍山绿色硅材料有限公司" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("苍山绿色硅材料有限公司");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "转办" })).ToBeVisibleAsync();
        await ShotAsync(page, "detail-desktop");

        var routing = page.Locator("#routing");
        await routing.GetByRole(AriaRole.Checkbox, new() { Name = "大理白族自治州" }).CheckAsync();
        await routing.GetByLabel("说明（可选）").FillAsync("企业意向大理，园区有工业用地");
        await routing.GetByRole(AriaRole.Button, new() { Name = "转办" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("转办已保存。");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "大理白族自治州办理情况" })).ToBeVisibleAsync();
        await Expect(page.Locator(".timeline")).ToContainTextAsync("转办");
        await ShotAsync(page, "detail-routed-desktop");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await AssertFitsAsync(page);
        await ShotAsync(page, "detail-phone");
        await page.Locator(".inquiry-header").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "detail-phone-screen", fullPage: false);
        await page.Locator(".case-card").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "detail-phone-case", fullPage: false);
        await page.GotoAsync("/admin/inquiries");
        var phoneRow = page.Locator(".inquiry-row", new() { HasText = "苍山绿色硅材料有限公司" });
        await Expect(phoneRow).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await ShotAsync(page, "inbox-phone");
        await page.Locator(".filter-bar").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "inbox-phone-filters", fullPage: false);
        await phoneRow.ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "inbox-phone-rows", fullPage: false);
    }

    private static async Task FillFormAsync(IPage page, string enterprise, string email, bool pickPrefecture = true)
    {
        await page.GetByLabel("企业名称").FillAsync(enterprise);
        await page.GetByLabel("统一社会信用代码").FillAsync(InquiryTestData.NewCreditCode());
        await page.GetByLabel("企业所在省份").SelectOptionAsync("广东省");
        await page.GetByLabel("联系人姓名").FillAsync("李娜");
        await page.GetByLabel("手机号码").FillAsync(InquiryTestData.NewMobile());
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("产业链").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("计划投资额（万元）").FillAsync("80000");
        await page.GetByLabel("用地需求（亩）").FillAsync("500");
        await page.GetByLabel("用电需求（千瓦）").FillAsync("30000");
        if (pickPrefecture)
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "曲靖市" }).CheckAsync();
        }

        await page.GetByLabel("留言").FillAsync("拟建设年产 5 万吨正极材料项目，希望了解绿电供应。");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "我已阅读并同意上述个人信息保护说明。" }).CheckAsync();
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the screen.");
    }

    private static async Task ShotAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ShotsFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, $"inquiries-{name}.png"), FullPage = fullPage });
        await Screenshots.SaveAsync(page, "inquiries-" + name, fullPage);
    }
}
