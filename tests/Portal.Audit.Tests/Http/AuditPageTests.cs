using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Testing;
using Xunit;

namespace Portal.Audit.Tests.Http;

/// <summary><c>/admin/audit</c> as people use it: signed in with the back office's cookie.</summary>
public sealed class AuditPageTests(AuditPortalFixture fixture) : IClassFixture<AuditPortalFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task The_host_admin_sees_entries_of_every_prefecture_in_chinese_and_english_with_export_links()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, tenantId) = await AuditApi.CreatePrefectureAsync(host, "页面州", "Page Prefecture");
        var marker = Guid.NewGuid().ToString("N")[..8];
        await AuditApi.DeliverAsync(App, AuditApi.Event(tenantId, "park.published", $"page-{marker}"));
        using var admin = await BackOfficeBrowser.SignInAsync(App, BackOfficeBrowser.HostAdmin, PortalApp.AdminPassword);

        var (status, html) = await admin.GetAsync($"/admin/audit?entityId=page-{marker}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-CN\"", html);
        Assert.Contains("审计日志", html);
        Assert.Contains("park.published", html);
        Assert.Contains("页面州", html);
        Assert.Contains("滇池园区", html);
        Assert.Contains($"/api/admin/audit/export?entityId=page-{marker}&amp;format=csv", html);
        Assert.Contains("name=\"tenant\"", html);
        Assert.Contains("href=\"/admin/audit\" aria-current=\"page\"", html);

        var (_, englishHtml) = await admin.GetAsync($"/admin/audit?entityId=page-{marker}&culture=en");
        Assert.Contains("<html lang=\"en\"", englishHtml);
        Assert.Contains("Audit log", englishHtml);
        Assert.Contains("Page 1 of 1", englishHtml);

        var (_, created) = await admin.GetAsync($"/admin/audit?action=tenant.created&entityId={slug}");
        Assert.Contains(PortalApp.HostClientId, created);

        // The export link works with the cookie too.
        using var export = await admin.Http.GetAsync(new Uri($"/api/admin/audit/export?entityId=page-{marker}&format=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains($"page-{marker}", await export.Content.ReadAsStringAsync());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_admin_sees_its_own_entries_without_a_prefecture_filter()
    {
        using var host = await App.CreateHostClientAsync();
        var (slugA, idA) = await AuditApi.CreatePrefectureAsync(host, "页面甲", "Page A");
        var (_, idB) = await AuditApi.CreatePrefectureAsync(host, "页面乙", "Page B");
        var marker = Guid.NewGuid().ToString("N")[..8];
        await AuditApi.DeliverAsync(App, AuditApi.Event(idA, "park.created", $"pa-{marker}"));
        await AuditApi.DeliverAsync(App, AuditApi.Event(idB, "park.created", $"pb-{marker}"));
        await AuditApi.DeliverAsync(App, AuditApi.Event(null, "park.created", $"ph-{marker}"));

        using var adminA = await BackOfficeBrowser.NewUserAsync(App, host, slugA, "prefecture-admin");
        var (status, html) = await adminA.GetAsync("/admin/audit?pageSize=200");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"pa-{marker}", html);
        Assert.DoesNotContain($"pb-{marker}", html);
        Assert.DoesNotContain($"ph-{marker}", html);
        Assert.DoesNotContain("name=\"tenant\"", html);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Bad_filters_show_field_errors_and_no_table()
    {
        using var admin = await BackOfficeBrowser.SignInAsync(App, BackOfficeBrowser.HostAdmin, PortalApp.AdminPassword);
        var (status, html) = await admin.GetAsync("/admin/audit?from=31/12/2025&culture=en");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Dates must be YYYY-MM-DD", html);
        Assert.Contains("value=\"31/12/2025\"", html);
        Assert.DoesNotContain("<table", html);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_page_needs_the_audit_permission()
    {
        using var anonymous = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var refused = await anonymous.GetAsync(new Uri("/admin/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("login", refused.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);

        using var host = await App.CreateHostClientAsync();
        var (slug, tenantId) = await AuditApi.CreatePrefectureAsync(host);
        var marker = Guid.NewGuid().ToString("N")[..8];
        await AuditApi.DeliverAsync(App, AuditApi.Event(tenantId, "park.created", $"ps-{marker}"));
        using var staff = await BackOfficeBrowser.NewUserAsync(App, host, slug, "prefecture-staff");
        var (status, html) = await staff.GetAsync("/admin/audit");
        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.DoesNotContain($"ps-{marker}", html);
        var (_, dashboard) = await staff.GetAsync("/admin");
        Assert.DoesNotContain("href=\"/admin/audit\"", dashboard);
    }
}
