using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Testing;
using Portal.Ui.Tests.Infrastructure;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Portal.Ui.Tests.Admin;

/// <summary>The back office in a real Chromium: the host admin signs in and creates a prefecture user.</summary>
public sealed class BackOfficeBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task The_host_admin_signs_in_and_creates_a_user_in_the_back_office()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/admin/users");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Fadmin%2Fusers$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("后台登录");
        await Screenshots.SaveAsync(page, "admin-login-zh");

        // A wrong password first: the same message as for an unknown user.
        await page.GetByLabel("用户名或电子邮箱").FillAsync("admin");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");
        await Screenshots.SaveAsync(page, "admin-login-failed-zh");

        await page.GetByLabel("用户名或电子邮箱").FillAsync("admin");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(PortalApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/users$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("用户管理");

        await page.GetByRole(AriaRole.Link, new() { Name = "新建用户" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/users/new$"));
        await page.GetByLabel("所属").SelectOptionAsync("qujing");
        await page.GetByRole(AriaRole.Button, new() { Name = "切换" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "州（市）工作人员（专班）" })).ToBeVisibleAsync();
        var name = "qj-" + Guid.NewGuid().ToString("N")[..8];
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("电子邮箱").FillAsync($"{name}@qujing.example");
        await page.GetByLabel("姓名").FillAsync("李明");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "州（市）工作人员（专班）" }).CheckAsync();
        await Screenshots.SaveAsync(page, "admin-user-new-zh");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建用户" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Screenshots.SaveAsync(page, "admin-user-created-zh");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("李明");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"用户 {name} 已创建");
        await Screenshots.SaveAsync(page, "admin-user-edit-zh");

        await page.GetByRole(AriaRole.Link, new() { Name = "返回用户列表" }).ClickAsync();
        await Expect(page.Locator(".data-table")).ToContainTextAsync(name);
        await Expect(page.Locator(".data-table")).ToContainTextAsync("曲靖市");
        await Screenshots.SaveAsync(page, "admin-users-zh");

        await page.GotoAsync("/admin");
        await Expect(page.Locator(".admin-who-scope")).ToHaveTextAsync("省级");
        await Screenshots.SaveAsync(page, "admin-dashboard-zh");

        await page.GotoAsync("/admin/roles");
        await Screenshots.SaveAsync(page, "admin-roles-zh");
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task The_login_page_works_in_English_without_javascript()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/culture?culture=en&returnUrl=%2Faccount%2Flogin");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Back-office sign-in");
        await Screenshots.SaveAsync(page, "admin-login-en");
        await page.GetByLabel("User name or email").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(PortalApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Back office");
    }
}
