using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Testing;
using Portal.Ui.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Portal.Ui.Tests.Catalogue;

/// <summary>
/// Policies, projects and media in the back office in Chromium, and what the public then sees; the
/// screenshots (also under <c>/tmp/shots/catalogue-*.png</c>) are for people to check layout and Chinese text.
/// </summary>
public sealed class CatalogueBackOfficeBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ShotsFolder = "/tmp/shots";

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task The_host_admin_publishes_a_policy_and_the_public_finds_it_on_the_prefecture_page()
    {
        await using var context = await browser.NewContextAsync(width: 1280, height: 900);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "/admin/policies");

        await page.Locator("#prefecture").SelectOptionAsync("qujing");
        await page.GetByRole(AriaRole.Button, new() { Name = "切换" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/policies\\?prefecture=qujing"));
        await ShotAsync(page, "catalogue-admin-policies-zh");
        await page.GetByRole(AriaRole.Link, new() { Name = "新建政策" }).ClickAsync();

        // Saved without a title or an issuer: the errors stand beside the fields, in Chinese.
        await page.Locator("#Form_EffectiveFrom").FillAsync("2026-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();
        await Expect(page.Locator("#Form_Title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#title-error")).ToContainTextAsync("必填");
        await ShotAsync(page, "catalogue-admin-policy-invalid-zh");

        var title = "曲靖市绿色铝产业招商引资优惠政策 " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#Form_Title").FillAsync(title);
        await page.Locator("#Form_Issuer").FillAsync("曲靖市人民政府");
        await page.Locator("#Form_DocumentNumber").FillAsync($"曲政发〔2026〕{Random.Shared.Next(100, 999)}号");
        await page.Locator("#Form_Level").SelectOptionAsync("prefecture");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "用地", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "电价", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "绿色铝", Exact = true }).CheckAsync();
        await page.Locator("#Form_Body").FillAsync("<p>对新落户的绿色铝精深加工企业，按固定资产投资额给予奖励。</p><ul><li>用地优先保障</li><li>执行优惠电价</li></ul>");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");
        await Expect(page.Locator(".admin-header .badge").First).ToHaveTextAsync("草稿");

        var id = Regex.Match(page.Url, "/admin/policies/edit/([0-9a-f-]{36})").Groups[1].Value;
        Assert.Equal(404, (await context.APIRequest.GetAsync($"/t/qujing/policies/{id}")).Status);

        await page.GetByRole(AriaRole.Link, new() { Name = "预览" }).ClickAsync();
        await Expect(page.Locator(".preview-banner")).ToContainTextAsync("预览");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        await page.GetByRole(AriaRole.Link, new() { Name = "返回编辑" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已发布");
        await ShotAsync(page, "catalogue-admin-policy-published-zh");

        await page.GotoAsync("/t/qujing");
        var link = page.GetByRole(AriaRole.Link, new() { Name = title });
        await Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/t/qujing/policies/{id}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        await Expect(page.Locator(".rich-text li").First).ToHaveTextAsync("用地优先保障");

        // On a phone the list is one card per row and the form one column.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/admin/policies?prefecture=qujing");
        await Expect(page.Locator(".stack-table td[data-label]").First).ToBeVisibleAsync();
        await ShotAsync(page, "catalogue-admin-policies-mobile-zh");
        await page.GotoAsync($"/admin/policies/edit/{id}?prefecture=qujing");
        await ShotAsync(page, "catalogue-admin-policy-mobile-zh");
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task A_park_and_a_project_get_photos_in_the_back_office_and_the_public_park_page_shows_them()
    {
        await using var context = await browser.NewContextAsync(width: 1280, height: 900);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "/admin/parks?prefecture=qujing");

        var parkName = "曲靖经开区绿色铝精深加工园 " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByRole(AriaRole.Link, new() { Name = "新建园区" }).ClickAsync();
        await page.GetByLabel("名称").FillAsync(parkName);
        await page.GetByLabel("县（市、区）").FillAsync("麒麟区");
        await page.GetByLabel("纬度").FillAsync("25.49");
        await page.GetByLabel("经度").FillAsync("103.79");
        await page.GetByLabel("规划面积").FillAsync("3000");
        await page.GetByLabel("可用土地").FillAsync("1200");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "绿色铝", Exact = true }).CheckAsync();
        await page.Locator("#Form_Contacts_0__Name").FillAsync("经开区招商局");
        await page.Locator("#Form_Contacts_0__Phone").FillAsync("0874-3987654");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");
        var parkId = Regex.Match(page.Url, "/admin/parks/edit/([0-9a-f-]{36})").Groups[1].Value;

        await UploadAsync(page, Picture(40, 120, 90), "园区全景");
        await UploadAsync(page, Picture(30, 80, 160), "标准厂房");
        await Expect(page.Locator(".media-admin-item img")).ToHaveCountAsync(2);
        await ShotAsync(page, "catalogue-admin-park-photos-zh");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已发布");

        await page.GotoAsync("/admin/projects?prefecture=qujing");
        await page.GetByRole(AriaRole.Link, new() { Name = "新建项目" }).ClickAsync();
        var projectName = "年产 20 万吨铝合金轮毂项目 " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#Form_Name").FillAsync(projectName);
        await page.Locator("#Form_Chain").SelectOptionAsync("green-aluminium");
        await page.Locator("#Form_Park").SelectOptionAsync(parkId);
        await page.Locator("#Form_InvestmentWan").FillAsync("150000");
        await page.Locator("#Form_CooperationMode").SelectOptionAsync("joint-venture");
        await page.Locator("#Form_ContactName").FillAsync("项目专班");
        await page.Locator("#Form_ContactPhone").FillAsync("0874-3111222");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");
        await UploadAsync(page, Picture(160, 110, 40), "项目效果图");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已发布");
        await ShotAsync(page, "catalogue-admin-project-zh");

        await page.GotoAsync("/admin/projects?prefecture=qujing");
        await ShotAsync(page, "catalogue-admin-projects-zh");
        await page.GotoAsync("/admin/catalogue/import?items=projects&prefecture=qujing");
        await ShotAsync(page, "catalogue-admin-import-zh");

        await page.GotoAsync($"/t/qujing/parks/{parkId}");
        await Expect(page.Locator(".gallery img")).ToHaveCountAsync(2);
        await Expect(page.Locator(".park-map svg")).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(projectName);
        await Expect(page.Locator("main")).ToContainTextAsync("0874-3987654");
        var loaded = await page.Locator(".gallery img").First.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
        Assert.True(loaded, "the first photo of the gallery did not load");
        await ShotAsync(page, "catalogue-park-public-zh");

        await page.GotoAsync($"/culture?culture=en&returnUrl=%2Ft%2Fqujing%2Fparks%2F{parkId}");
        await Expect(page.Locator(".map-card")).ToContainTextAsync("Kunming");
        await ShotAsync(page, "catalogue-park-public-en");

        await page.SetViewportSizeAsync(390, 844);
        await ShotAsync(page, "catalogue-park-public-mobile-en");
    }

    private static async Task SignInAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.GetByLabel("用户名或电子邮箱").FillAsync("admin");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(PortalApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path.Split('?')[0])));
    }

    private static async Task UploadAsync(IPage page, byte[] picture, string caption)
    {
        await page.Locator("#media-file").SetInputFilesAsync(new FilePayload { Name = caption + ".png", MimeType = "image/png", Buffer = picture });
        await page.Locator("#media-caption").FillAsync(caption);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已上传");
    }

    /// <summary>A gradient picture in one hue, so that the gallery's photos tell apart in a screenshot.</summary>
    private static byte[] Picture(byte red, byte green, byte blue)
    {
        using var image = new Image<Rgba32>(800, 600);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgba32((byte)Math.Min(255, red + (x / 8)), (byte)Math.Min(255, green + (y / 8)), blue);
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        await Screenshots.SaveAsync(page, name);
        Directory.CreateDirectory(ShotsFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, name + ".png"), FullPage = true });
    }
}
