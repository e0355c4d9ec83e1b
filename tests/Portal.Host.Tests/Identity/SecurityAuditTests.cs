using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Host.Tests.Identity.Users;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Identity;

/// <summary>
/// Bad input refused before any endpoint runs still reaches the audit log (read back through
/// <c>GET /api/admin/audit</c>, as the host admin would): a tampered bearer token, an open-redirect sign-in,
/// a form post without its antiforgery token. Also: public clients may be returned to after <c>/connect/logout</c>.
/// </summary>
public sealed class SecurityAuditTests(IdentityPortalFixture fixture) : IClassFixture<IdentityPortalFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task A_tampered_token_gets_401_and_an_audit_entry_without_the_token()
    {
        var token = await App.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret);
        var signature = token.LastIndexOf('.') + 1;
        var tampered = token[..signature] + (token[signature] == 'A' ? 'B' : 'A') + token[(signature + 1)..];
        using var caller = App.CreateClient();
        caller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tampered);

        using var response = await caller.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var entry = await WaitForAuditAsync("security.token-rejected", e => e.GetProperty("entityId").GetString() == "GET /api/admin/clients");
        Assert.Equal("denied", entry.GetProperty("outcome").GetString());
        Assert.Contains("invalid_token", entry.GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(tampered[..20], entry.ToString(), StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task An_open_redirect_sign_in_lands_on_the_home_page_and_is_audited()
    {
        using var session = new BackOffice(App);

        using var login = await session.LoginAsync("admin", PortalApp.AdminPassword, "https://evil.example/phish");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
        var entry = await WaitForAuditAsync("security.open-redirect-refused", e => e.GetProperty("details").GetString()!.Contains("evil.example", StringComparison.Ordinal));
        Assert.Equal("POST /account/login", entry.GetProperty("entityId").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_login_post_without_its_antiforgery_token_gets_400_signs_nobody_in_and_is_audited()
    {
        using var session = new BackOffice(App);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Login"] = "admin", ["Password"] = PortalApp.AdminPassword });

        using var response = await session.Http.PostAsync(new Uri("/account/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("portal.auth=", StringComparison.Ordinal)));
        await WaitForAuditAsync("security.antiforgery-failed", e => e.GetProperty("entityId").GetString() == "POST /account/login");
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_public_client_can_be_returned_to_after_logout_and_an_unregistered_address_cannot()
    {
        using var host = await App.CreateHostClientAsync();
        using var created = await host.PostAsJsonAsync("/api/admin/clients", new
        {
            displayName = "退出测试应用",
            type = "public",
            redirectUris = new[] { "https://app.example.cn/callback" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var clientId = (await created.ReadJsonAsync()).GetProperty("clientId").GetString()!;
        using var browser = App.CreateClient(new() { AllowAutoRedirect = false });

        using var back = await browser.GetAsync(new Uri(
            $"/connect/logout?client_id={clientId}&post_logout_redirect_uri={Uri.EscapeDataString("https://app.example.cn/callback")}&state=s1",
            UriKind.Relative));
        using var elsewhere = await browser.GetAsync(new Uri(
            $"/connect/logout?client_id={clientId}&post_logout_redirect_uri={Uri.EscapeDataString("https://evil.example/")}",
            UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.StartsWith("https://app.example.cn/callback", back.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("state=s1", back.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.True((int)elsewhere.StatusCode is >= 400 and < 500, $"{(int)elsewhere.StatusCode}");
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_seeded_host_admin_has_a_chinese_display_name_and_keeps_the_user_name_admin()
    {
        using var host = await App.CreateHostClientAsync();
        using var response = await host.GetAsync(new Uri("/api/admin/users?q=admin&tenant=host", UriKind.Relative));
        var admin = (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "admin");

        Assert.Equal("省级管理员", admin.GetProperty("displayName").GetString());
    }

    /// <summary>Polls the host's audit log (the outbox delivers entries asynchronously) for a matching entry.</summary>
    private async Task<JsonElement> WaitForAuditAsync(string action, Func<JsonElement, bool> match)
    {
        using var host = await App.CreateHostClientAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await host.GetAsync(new Uri($"/api/admin/audit?action={action}&tenant=host&pageSize=50", UriKind.Relative));
            last = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {last}");
            var found = JsonDocument.Parse(last).RootElement.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("action").GetString() == action).FirstOrDefault(match);
            if (found.ValueKind == JsonValueKind.Object)
            {
                return found.Clone();
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No {action} entry in the audit log within 30 s; last answer: {last}");
    }
}
