using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Testing;
using Portal.Ui.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace Portal.Ui.Tests.Catalogue;

/// <summary>
/// The policy, project and import pages of the back office over HTTP on PostgreSQL, as a prefecture's
/// admin uses them: inline errors, drafts, stale saves, publication, media, import and export, and
/// another prefecture's admin who finds nothing.
/// </summary>
public sealed partial class CatalogueBackOfficePageTests(DemoPortalFixture portal) : IClassFixture<DemoPortalFixture>
{
    private const string Slug = "qujing";
    private const string OtherSlug = "kunming";

    [ServiceFact(Service.Postgres)]
    public async Task A_policy_is_validated_inline_saved_as_a_draft_published_and_then_public()
    {
        using var admin = await CatalogueBackOffice.PrefectureAdminAsync(portal.App, Slug);
        var (listStatus, list) = await admin.GetAsync("/admin/policies");
        Assert.Equal(HttpStatusCode.OK, listStatus);
        Assert.Contains("政策管理", list, StringComparison.Ordinal);
        Assert.Contains("导出 CSV", list, StringComparison.Ordinal);

        // Nothing typed but a broken date: each field says what is wrong, in Chinese, and nothing is saved.
        using (var invalid = await admin.PostFormAsync("/admin/policies/edit", "/admin/policies/edit?handler=Save", Fields(("Form.EffectiveFrom", "2026-13-40"), ("Form.Level", "prefecture"))))
        {
            var html = await invalid.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            Assert.Contains("请输入有效日期", html, StringComparison.Ordinal);
            Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        }

        using (var missing = await admin.PostFormAsync("/admin/policies/edit", "/admin/policies/edit?handler=Save", Fields(("Form.EffectiveFrom", "2026-01-01"), ("Form.Level", "prefecture"))))
        {
            var html = await missing.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
            Assert.Contains("id=\"title-error\"", html, StringComparison.Ordinal);
            Assert.Contains("id=\"issuer-error\"", html, StringComparison.Ordinal);
            Assert.Contains("必填", html, StringComparison.Ordinal);
        }

        // The same form in English.
        using (var english = await admin.PostFormAsync("/admin/policies/edit?culture=en", "/admin/policies/edit?handler=Save&culture=en", Fields(("Form.EffectiveFrom", "01/02/2026"), ("Form.Level", "prefecture"))))
        {
            var html = await english.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, english.StatusCode);
            Assert.Contains("New policy", html, StringComparison.Ordinal);
            Assert.Contains("Enter a valid date (YYYY-MM-DD).", html, StringComparison.Ordinal);
        }

        var title = "曲靖市支持绿色铝产业发展若干措施 " + Guid.NewGuid().ToString("N")[..6];
        var fields = Fields(
            ("Form.Title", title), ("Form.Issuer", "曲靖市人民政府"), ("Form.DocumentNumber", "曲政发〔2026〕" + Random.Shared.Next(100, 999) + "号"),
            ("Form.Level", "prefecture"), ("Form.Chains", "green-aluminium"), ("Form.IncentiveKinds", "land"), ("Form.IncentiveKinds", "power"),
            ("Form.EffectiveFrom", "2026-01-01"), ("Form.Body", "<p>对新落户企业给予用地保障。</p><script>alert(1)</script>"), ("Form.Version", "0"));
        string id;
        using (var created = await admin.PostFormAsync("/admin/policies/edit", "/admin/policies/edit?handler=Save", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            id = EditId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;
        }

        var editPath = $"/admin/policies/edit/{id}";
        var (editStatus, edit) = await admin.GetAsync(editPath);
        Assert.Equal(HttpStatusCode.OK, editStatus);
        Assert.Contains("草稿", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", edit, StringComparison.Ordinal);
        var version = FormVersion().Match(edit).Groups[1].Value;

        // Two people edit the same version: the second save shows the conflict and changes nothing.
        using (var first = await admin.PostFormAsync(editPath, $"{editPath}?handler=Save", Replace(Replace(fields, "Form.Version", version), "Form.Issuer", "曲靖市发展和改革委员会")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using (var stale = await admin.PostFormAsync(editPath, $"{editPath}?handler=Save", Replace(fields, "Form.Version", version)))
        {
            var html = await stale.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Contains("其他人已修改", html, StringComparison.Ordinal);
        }

        Assert.Contains("曲靖市发展和改革委员会", (await admin.GetAsync(editPath)).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/t/{Slug}/policies/{id}")).Status);

        // The preview shows the draft in the public frame.
        var (previewStatus, preview) = await admin.GetAsync($"/admin/policies/{id}/preview");
        Assert.Equal(HttpStatusCode.OK, previewStatus);
        Assert.Contains("preview-banner", preview, StringComparison.Ordinal);
        Assert.Contains(title, preview, StringComparison.Ordinal);

        using (var published = await admin.PostFormAsync(editPath, $"{editPath}?handler=Action", Fields(("action", "publish"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var (publicStatus, publicPage) = await admin.GetAsync($"/t/{Slug}/policies/{id}");
        Assert.Equal(HttpStatusCode.OK, publicStatus);
        Assert.Contains(title, publicPage, StringComparison.Ordinal);
        Assert.Contains(title, (await admin.GetAsync($"/t/{Slug}")).Html, StringComparison.Ordinal);

        // Open-ended: listed as in force, not among the expired ones.
        Assert.Contains(Row(title), (await admin.GetAsync("/admin/policies?validity=in-force&q=" + Uri.EscapeDataString(title))).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Row(title), (await admin.GetAsync("/admin/policies?validity=expired&q=" + Uri.EscapeDataString(title))).Html, StringComparison.Ordinal);

        using var export = await admin.Http.GetAsync(new Uri("/admin/policies?handler=Export&format=csv&q=" + Uri.EscapeDataString(title), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.StartsWith("text/csv", export.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains(title, Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        using var xlsx = await admin.Http.GetAsync(new Uri("/admin/policies?handler=Export&format=xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [ServiceFact(Service.Postgres)]
    public async Task An_expired_policy_shows_as_expired_and_can_be_filtered_out()
    {
        using var admin = await CatalogueBackOffice.PrefectureAdminAsync(portal.App, Slug);
        var title = "已到期的过渡政策 " + Guid.NewGuid().ToString("N")[..6];
        string id;
        using (var created = await admin.PostFormAsync("/admin/policies/edit", "/admin/policies/edit?handler=Save", Fields(
            ("Form.Title", title), ("Form.Issuer", "曲靖市人民政府"), ("Form.Level", "prefecture"),
            ("Form.EffectiveFrom", "2020-01-01"), ("Form.EffectiveTo", "2021-12-31"), ("Form.Body", "<p>过渡期措施。</p>"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            id = EditId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;
        }

        using (var published = await admin.PostFormAsync($"/admin/policies/edit/{id}", $"/admin/policies/edit/{id}?handler=Action", Fields(("action", "publish"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        // The public prefecture page lists it marked as expired, and leaves it out on request.
        Assert.Contains(title, (await admin.GetAsync($"/t/{Slug}")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await admin.GetAsync($"/t/{Slug}?policies=in-force")).Html, StringComparison.Ordinal);

        var query = "&q=" + Uri.EscapeDataString(title);
        var (_, all) = await admin.GetAsync("/admin/policies?validity=" + query);
        Assert.Contains(Row(title), all, StringComparison.Ordinal);
        Assert.Contains("已失效", all, StringComparison.Ordinal);
        Assert.DoesNotContain(Row(title), (await admin.GetAsync("/admin/policies?validity=in-force" + query)).Html, StringComparison.Ordinal);
        Assert.Contains(Row(title), (await admin.GetAsync("/admin/policies?validity=expired" + query)).Html, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_project_gets_a_photo_in_the_back_office_and_shows_it_once_published()
    {
        using var admin = await CatalogueBackOffice.PrefectureAdminAsync(portal.App, Slug);
        using (var invalid = await admin.PostFormAsync("/admin/projects/edit", "/admin/projects/edit?handler=Save", Fields(
            ("Form.Name", "年产 10 万吨再生铝项目"), ("Form.Chain", "green-aluminium"), ("Form.InvestmentWan", "很多"), ("Form.CooperationMode", "sole"))))
        {
            var html = await invalid.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            Assert.Contains("id=\"investmentWan-error\"", html, StringComparison.Ordinal);
        }

        var name = "年产 10 万吨再生铝项目 " + Guid.NewGuid().ToString("N")[..6];
        string id;
        using (var created = await admin.PostFormAsync("/admin/projects/edit", "/admin/projects/edit?handler=Save", Fields(
            ("Form.Name", name), ("Form.Chain", "green-aluminium"), ("Form.InvestmentWan", "120000"), ("Form.CooperationMode", "joint-venture"),
            ("Form.Description", "<p>利用园区电解铝液就近加工。</p>"), ("Form.ContactName", "招商局"), ("Form.ContactPhone", "0874-3123456"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            id = EditId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;
        }

        var editPath = $"/admin/projects/edit/{id}";
        using (var upload = await admin.PostFileAsync(editPath, $"{editPath}?handler=Upload", Picture(), "现场.png", "image/png", Fields(("caption", "项目选址"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        // A file that lies about its type is refused with the catalogue's message, and nothing is added.
        using (var lying = await admin.PostFileAsync(editPath, $"{editPath}?handler=Upload", "not a picture"u8.ToArray(), "fake.png", "image/png", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, lying.StatusCode);
        }

        var (_, edit) = await admin.GetAsync(editPath);
        Assert.Contains("按文件内容判断", edit, StringComparison.Ordinal);
        var thumbs = MediaLink().Matches(edit).Select(m => WebUtility.HtmlDecode(m.Groups[0].Value)).Where(u => u.Contains("thumb=true", StringComparison.Ordinal)).ToList();
        Assert.Single(thumbs);
        using (var thumb = await admin.Http.GetAsync(new Uri(thumbs[0], UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, thumb.StatusCode);
            Assert.Equal("image/jpeg", thumb.Content.Headers.ContentType!.MediaType);
        }

        var mediaId = Regex.Match(thumbs[0], "mediaId=([0-9a-f-]{36})").Groups[1].Value;
        using (var published = await admin.PostFormAsync(editPath, $"{editPath}?handler=Action", Fields(("action", "publish"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var (status, publicPage) = await admin.GetAsync($"/t/{Slug}/projects/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"/media/{mediaId}/thumb", publicPage, StringComparison.Ordinal);
        Assert.Contains("项目选址", publicPage, StringComparison.Ordinal);

        using (var removed = await admin.PostFormAsync(editPath, $"{editPath}?handler=RemoveMedia", Fields(("mediaId", mediaId))))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.DoesNotContain($"/media/{mediaId}", (await admin.GetAsync($"/t/{Slug}/projects/{id}")).Html, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Another_prefectures_admin_finds_none_of_its_policies_projects_or_media()
    {
        using var admin = await CatalogueBackOffice.PrefectureAdminAsync(portal.App, Slug);
        using var other = await CatalogueBackOffice.PrefectureAdminAsync(portal.App, OtherSlug);

        using var policy = await admin.PostFormAsync("/admin/policies/edit", "/admin/policies/edit?handler=Save", Fields(
            ("Form.Title", "隔离测试政策"), ("Form.Issuer", "曲靖市人民政府"), ("Form.Level", "prefecture"), ("Form.EffectiveFrom", "2026-01-01"), ("Form.Body", "<p>正文</p>")));
        var policyId = EditId().Match(policy.Headers.Location!.OriginalString).Groups[1].Value;
        using var project = await admin.PostFormAsync("/admin/projects/edit", "/admin/projects/edit?handler=Save", Fields(
            ("Form.Name", "隔离测试项目"), ("Form.Chain", "green-aluminium"), ("Form.InvestmentWan", "5000"), ("Form.CooperationMode", "sole")));
        var projectId = EditId().Match(project.Headers.Location!.OriginalString).Groups[1].Value;
        using var upload = await admin.PostFileAsync(
            $"/admin/projects/edit/{projectId}", $"/admin/projects/edit/{projectId}?handler=Upload", Picture(), "p.png", "image/png", []);
        var mediaId = Regex.Match((await admin.GetAsync($"/admin/projects/edit/{projectId}")).Html, "mediaId=([0-9a-f-]{36})").Groups[1].Value;
        Assert.NotEmpty(mediaId);

        foreach (var path in new[]
        {
            $"/admin/policies/edit/{policyId}",
            $"/admin/policies/{policyId}/preview",
            $"/admin/projects/edit/{projectId}",
            $"/admin/projects/{projectId}/preview",
            $"/admin/projects/edit/{projectId}?handler=Media&mediaId={mediaId}&thumb=true",
        })
        {
            Assert.True((await other.GetAsync(path)).Status == HttpStatusCode.NotFound, path);
        }

        // Posting to another prefecture's item changes nothing: its own pages are the only way in.
        using var publish = await other.PostFormAsync("/admin/projects", $"/admin/projects/edit/{projectId}?handler=Action", Fields(("action", "publish")));
        Assert.Equal(HttpStatusCode.NotFound, publish.StatusCode);
        using var remove = await other.PostFormAsync("/admin/projects", $"/admin/projects/edit/{projectId}?handler=RemoveMedia", Fields(("mediaId", mediaId)));
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Contains("草稿", (await admin.GetAsync($"/admin/projects/edit/{projectId}")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Row("隔离测试项目"), (await other.GetAsync("/admin/projects?q=" + Uri.EscapeDataString("隔离测试"))).Html, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_import_page_reports_every_row_and_imports_by_the_chosen_mode()
    {
        using var admin = await CatalogueBackOffice.PrefectureAdminAsync(portal.App, Slug);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = Encoding.UTF8.GetBytes(
            "name,chain,investmentWan,cooperationMode\n" +
            $"导入项目甲 {tag},green-aluminium,8000,sole\n" +
            $"导入项目乙 {tag},no-such-chain,-5,sole\n");
        const string page = "/admin/catalogue/import?items=projects";

        using (var strict = await admin.PostFileAsync(page, page, csv, "projects.csv", "text/csv", Fields(("Mode", "all-or-nothing"))))
        {
            var html = await strict.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, strict.StatusCode);
            Assert.Contains("共 2 行：有效 1 行，有错误 1 行，已导入 0 行。", html, StringComparison.Ordinal);
            Assert.Contains("<code>chain</code>", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("cell-main", (await admin.GetAsync("/admin/projects?q=" + tag)).Html, StringComparison.Ordinal);

        using (var lenient = await admin.PostFileAsync(page, page, csv, "projects.csv", "text/csv", Fields(("Mode", "valid-rows"))))
        {
            var html = await lenient.Content.ReadAsStringAsync();
            Assert.Contains("已导入 1 行", html, StringComparison.Ordinal);
        }

        var (_, list) = await admin.GetAsync("/admin/projects?q=" + tag);
        Assert.Contains(Row($"导入项目甲 {tag}"), list, StringComparison.Ordinal);
        Assert.DoesNotContain($"导入项目乙 {tag}", list, StringComparison.Ordinal);

        // A file that is not what its name says is a clear error on the file, not a 500.
        using var broken = await admin.PostFileAsync(page, page, "PK\u0003\u0004 not a workbook"u8.ToArray(), "projects.csv", "text/csv", Fields(("Mode", "valid-rows")));
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("id=\"file-error\"", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/catalogue/import?items=users")).Status);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_public_park_page_shows_photos_position_policies_projects_and_contacts()
    {
        using var admin = await CatalogueBackOffice.PrefectureAdminAsync(portal.App, Slug);
        var name = "沾益西平绿色铝产业园 " + Guid.NewGuid().ToString("N")[..6];
        using var created = await admin.PostFormAsync("/admin/parks/edit", "/admin/parks/edit?handler=Save", Fields(
            ("Form.Name", name), ("Form.Kind", "industry-cluster"), ("Form.Level", "provincial"), ("Form.County", "沾益区"),
            ("Form.Latitude", "25.6"), ("Form.Longitude", "103.82"), ("Form.PlannedAreaMu", "1200"), ("Form.AvailableLandMu", "800"),
            ("Form.Chains", "green-aluminium"), ("Form.Contacts[0].Name", "园区招商局"), ("Form.Contacts[0].Phone", "0874-3123456")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = EditId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;
        var editPath = $"/admin/parks/edit/{id}";
        using var upload = await admin.PostFileAsync(editPath, $"{editPath}?handler=Upload", Picture(), "全景.png", "image/png", Fields(("caption", "园区全景")));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        // The preview shows the draft's photo through the back office (the public URL serves published items only).
        var (_, preview) = await admin.GetAsync($"/admin/parks/{id}/preview");
        Assert.Contains($"/admin/parks/edit/{id}?handler=Media", WebUtility.HtmlDecode(preview), StringComparison.Ordinal);

        using var published = await admin.PostFormAsync(editPath, $"{editPath}?handler=Action", Fields(("action", "publish")));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var (status, html) = await admin.GetAsync($"/t/{Slug}/parks/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("class=\"gallery\"", html, StringComparison.Ordinal);
        Assert.Contains("园区全景", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("25.600000° N", html, StringComparison.Ordinal);
        Assert.Contains("openstreetmap.org/?mlat=25.600000&amp;mlon=103.820000", html, StringComparison.Ordinal);
        Assert.Contains("0874-3123456", html, StringComparison.Ordinal);
        Assert.Contains("适用的优惠政策", html, StringComparison.Ordinal);
    }

    /// <summary>How a list shows an item's name (the search box echoes the query, so the name alone proves nothing).</summary>
    private static string Row(string name) => $"<span class=\"cell-main\">{name}</span>";

    private static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] fields) =>
        [.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))];

    private static List<KeyValuePair<string, string>> Replace(List<KeyValuePair<string, string>> fields, string key, string value) =>
        [.. fields.Where(f => f.Key != key), new(key, value)];

    /// <summary>A real picture (a gradient), as a phone would upload it.</summary>
    private static byte[] Picture()
    {
        using var image = new Image<Rgba32>(640, 480);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgba32((byte)(40 + (x / 4)), (byte)(120 + (y / 6)), 90);
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    [GeneratedRegex("/edit/([0-9a-f-]{36})")]
    private static partial Regex EditId();

    [GeneratedRegex("name=\"Form.Version\" value=\"(\\d+)\"")]
    private static partial Regex FormVersion();

    [GeneratedRegex("/admin/[a-z]+/edit/[0-9a-f-]{36}\\?handler=Media[^\"]*")]
    private static partial Regex MediaLink();
}
