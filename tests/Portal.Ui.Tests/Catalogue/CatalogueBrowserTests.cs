using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Testing;
using Portal.Ui.Tests.Infrastructure;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Portal.Ui.Tests.Catalogue;

/// <summary>The catalogue end to end in Chromium: a park is created and published in the back office, and the public finds it.</summary>
public sealed class CatalogueBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task The_host_admin_publishes_a_park_and_the_public_finds_it_on_the_prefecture_page()
    {
        await using var context = await browser.NewContextAsync(width: 1280, height: 900);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/admin/parks");
        await page.GetByLabel("用户名或电子邮箱").FillAsync("admin");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(PortalApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/parks$"));

        // A host admin first picks the prefecture to work in.
        await page.Locator("#prefecture").SelectOptionAsync("qujing");
        await page.GetByRole(AriaRole.Button, new() { Name = "切换" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("prefecture=qujing"));
        await page.GetByRole(AriaRole.Link, new() { Name = "新建园区" }).ClickAsync();

        var name = "曲靖测试绿色铝产业园 " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("名称").FillAsync(name);
        await page.Locator("#Form_Kind").SelectOptionAsync("industry-cluster");
        await page.GetByLabel("县（市、区）").FillAsync("沾益区");
        await page.GetByLabel("地址").FillAsync("曲靖市沾益区西平街道");
        await page.GetByLabel("纬度").FillAsync("25.6");
        await page.GetByLabel("经度").FillAsync("103.82");
        await page.GetByLabel("规划面积").FillAsync("1200");
        await page.GetByLabel("可用土地").FillAsync("5000");
        await page.GetByLabel("工业用地价格").FillAsync("18.5");
        await page.GetByLabel("工业电价").FillAsync("0.32");
        await page.GetByLabel("交通物流").FillAsync("距曲靖北站 12 公里，沪昆高速沾益出口 5 公里");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "绿色铝", Exact = true }).CheckAsync();
        await page.Locator("#Form_Contacts_0__Name").FillAsync("园区招商局");
        await page.Locator("#Form_Contacts_0__Phone").FillAsync("0874-3123456");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();

        // The catalogue's own rule, shown beside the field: available land cannot exceed the planned area.
        await Expect(page.Locator(".alert-error")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "catalogue-park-form-invalid-zh");
        await Expect(page.Locator("#Form_AvailableLandMu")).ToHaveAttributeAsync("aria-invalid", "true");
        await Screenshots.SaveAsync(page, "catalogue-park-form-invalid-zh");

        await page.GetByLabel("可用土地").FillAsync("860");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");
        await Expect(page.Locator(".admin-header .badge").First).ToHaveTextAsync("草稿");
        await Screenshots.SaveAsync(page, "catalogue-park-form-zh");

        // Not public while a draft.
        var editUrl = page.Url;
        var id = Regex.Match(editUrl, "/admin/parks/edit/([0-9a-f-]{36})").Groups[1].Value;
        var draft = await context.APIRequest.GetAsync($"/t/qujing/parks/{id}");
        Assert.Equal(404, draft.Status);

        await page.GetByRole(AriaRole.Link, new() { Name = "预览" }).ClickAsync();
        await Expect(page.Locator(".preview-banner")).ToContainTextAsync("预览");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await page.GetByRole(AriaRole.Link, new() { Name = "返回编辑" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已发布");

        await page.GotoAsync("/t/qujing");
        var card = page.Locator(".item-card", new() { HasText = name });
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("18.5");
        await card.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/t/qujing/parks/{id}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(page.Locator(".figure-grid")).ToContainTextAsync("860");
        await Expect(page.Locator("main")).ToContainTextAsync("绿色铝");
        await Expect(page.Locator("main")).ToContainTextAsync("0874-3123456");
        await Screenshots.SaveAsync(page, "catalogue-park-detail-zh");

        await page.GotoAsync($"/culture?culture=en&returnUrl=%2Ft%2Fqujing%2Fparks%2F{id}");
        await Expect(page.Locator("main")).ToContainTextAsync("Available land");
        await Expect(page.Locator("main")).ToContainTextAsync("Green aluminium");
        await Screenshots.SaveAsync(page, "catalogue-park-detail-en");

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/t/qujing");
        await Screenshots.SaveAsync(page, "catalogue-prefecture-mobile-en");
    }
}
