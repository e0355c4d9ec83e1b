using System.Net;
using System.Text.RegularExpressions;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.Users.UsersApi;
using static Portal.Host.Tests.Identity.Users.UsersFixture;

namespace Portal.Host.Tests.Identity.Users;

/// <summary>The back office's cookie sign-in, through the real login form with its antiforgery token.</summary>
public sealed partial class SignInTests(UsersFixture fixture) : IClassFixture<UsersFixture>
{
    private PortalApp App => fixture.App;

    private async Task<(string Name, Guid Id)> NewStaffAsync(string prefix, string? email = null)
    {
        using var host = await App.CreateHostClientAsync();
        var name = NewName(prefix);
        var created = await CreateUserAsync(host, new { userName = name, email = email ?? $"{name}@qj.example", roles = new[] { "prefecture-staff" }, tenant = SlugA, password = StrongPassword });
        return (name, created.GetProperty("id").GetGuid());
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_host_admin_signs_in_and_sees_the_back_office()
    {
        using var session = new BackOffice(App);

        using var login = await session.LoginAsync("admin", PortalApp.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.Headers.Location?.OriginalString);
        var cookie = login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        using var dashboard = await session.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var html = await dashboard.Content.ReadAsStringAsync();
        Assert.Contains("管理后台", html, StringComparison.Ordinal);
        Assert.Contains("省级", html, StringComparison.Ordinal);

        using var users = await session.Http.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Anonymous_visitors_are_sent_to_the_login_page_and_staff_without_permission_get_403()
    {
        using var anonymous = new BackOffice(App);
        using var page = await anonymous.Http.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=%2Fadmin%2Fusers", page.Headers.Location?.ToString(), StringComparison.Ordinal);

        using var api = await anonymous.Http.GetAsync(new Uri("/api/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);

        var (staff, _) = await NewStaffAsync("qj-nope");
        using var session = await fixture.SignedInAsync(staff);
        using var denied = await session.Http.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/access-denied", denied.Headers.Location?.ToString(), StringComparison.Ordinal);
        using var deniedPage = await session.Http.GetAsync(denied.Headers.Location!);
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_machine_clients_bearer_token_is_no_way_into_the_back_office_pages()
    {
        using var client = await App.CreateHostClientAsync();
        using var noRedirects = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        noRedirects.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;

        using var page = await noRedirects.GetAsync(new Uri("/admin/users", UriKind.Relative));
        using var login = await noRedirects.GetAsync(new Uri("/account/login?ReturnUrl=%2Fadmin%2Fusers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Disabling_a_user_ends_their_open_session_and_they_cannot_sign_in_again()
    {
        var (name, id) = await NewStaffAsync("qj-gone");
        using var session = await fixture.SignedInAsync(name);
        using (var before = await session.Http.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var a = await fixture.SignedInAsync(fixture.AdminA);
        using var disable = await a.Http.PostAsync(new Uri($"/api/admin/users/{id}/disable", UriKind.Relative), null);
        Assert.True(disable.StatusCode == HttpStatusCode.OK, await disable.Content.ReadAsStringAsync());

        using var after = await session.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location?.ToString(), StringComparison.Ordinal);

        using var again = new BackOffice(App);
        using var login = await again.LoginAsync(name, StrongPassword);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("用户名或密码不正确", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await AuditEntriesAsync(App, "identity.user-disabled"), e => e.GetProperty("entityId").GetString() == id.ToString());

        using var enable = await a.Http.PostAsync(new Uri($"/api/admin/users/{id}/enable", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        using var back = await fixture.SignedInAsync(name);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Five_wrong_passwords_lock_the_account_and_every_failure_is_audited()
    {
        var (name, id) = await NewStaffAsync("qj-lock");
        var before = (await AuditEntriesAsync(App, "identity.sign-in")).Count(e => e.GetProperty("entityId").GetString() == id.ToString());
        using var session = new BackOffice(App);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await session.LoginAsync(name, "Wrong-Password-" + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await session.LoginAsync(name, StrongPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("用户名或密码不正确", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var entries = (await AuditEntriesAsync(App, "identity.sign-in")).Where(e => e.GetProperty("entityId").GetString() == id.ToString()).ToList();
        Assert.Equal(before + 6, entries.Count);
        Assert.Equal(4, entries.Count(e => e.GetProperty("outcome").GetString() == "failed" && e.GetProperty("details").GetString() == "wrong-password"));
        Assert.Equal(2, entries.Count(e => e.GetProperty("details").GetString() == "locked-out"));
        Assert.All(entries, e => Assert.NotNull(e.GetProperty("tenantId").GetString()));
        Assert.DoesNotContain(entries, e => e.ToString().Contains(StrongPassword, StringComparison.Ordinal));
    }

    [ServiceFact(Service.Postgres)]
    public async Task An_unknown_user_gets_the_same_answer_and_an_audit_entry()
    {
        var ghost = NewName("ghost");
        using var session = new BackOffice(App);

        using var response = await session.LoginAsync(ghost, "Whatever-Password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await AuditEntriesAsync(App, "identity.sign-in"), e =>
            e.GetProperty("details").GetString() == "unknown-user" && e.GetProperty("actorName").GetString() == ghost);
    }

    [ServiceTheory(Service.Postgres)]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("http:evil.example")]
    public async Task Open_redirect_attempts_land_on_the_home_page(string returnUrl)
    {
        using var session = new BackOffice(App);

        using var response = await session.LoginAsync(fixture.AdminA, StrongPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_local_return_url_is_honoured()
    {
        using var session = new BackOffice(App);

        using var response = await session.LoginAsync(fixture.AdminA, StrongPassword, "/admin/users?page=1");

        Assert.Equal("/admin/users?page=1", response.Headers.Location?.OriginalString);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Oversized_malformed_or_forged_login_posts_are_400_and_change_nothing()
    {
        var (name, id) = await NewStaffAsync("qj-bad");
        var audited = (await AuditEntriesAsync(App, "identity.sign-in")).Count;
        using var session = new BackOffice(App);
        var token = await session.TokenAsync("/account/login");

        using var oversized = await session.Http.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Login"] = new string('x', 5000), ["Password"] = "x",
        }));
        using var malformed = await session.Http.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Login"] = name, ["Password"] = "Wrong-Password-1", ["Remember"] = "perhaps",
        }));
        using var forged = await session.Http.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = name, ["Password"] = "Wrong-Password-1",
        }));
        using var huge = await session.Http.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Login"] = name, ["Password"] = new string('x', 2 * 1024 * 1024),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(audited, (await AuditEntriesAsync(App, "identity.sign-in")).Count);

        // Not a single failed attempt was counted against the account.
        using var host = await App.CreateHostClientAsync();
        using var user = await host.GetAsync(new Uri($"/api/admin/users/{id}", UriKind.Relative));
        Assert.False((await user.ReadJsonAsync()).GetProperty("lockedOut").GetBoolean());
        using var ok = await fixture.SignedInAsync(name);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Signing_out_is_a_post_and_ends_the_session()
    {
        using var session = await fixture.SignedInAsync(fixture.AdminA);

        using var logout = await session.PostFormAsync("/admin", new Dictionary<string, string>(), action: "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var after = await session.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains(await AuditEntriesAsync(App, "identity.sign-out"), e => e.GetProperty("actorName").GetString() == fixture.AdminA);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_reset_mail_lands_in_the_pickup_folder_and_its_link_works_once()
    {
        var email = $"{NewName("reset")}@qj.example";
        var (name, _) = await NewStaffAsync("qj-reset", email);
        using var session = new BackOffice(App);

        using var ask = await session.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        using var askUnknown = await session.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody@nowhere.example" });
        Assert.Equal(await ask.Content.ReadAsStringAsync() is var known && known.Contains("重置邮件已发出", StringComparison.Ordinal), (await askUnknown.Content.ReadAsStringAsync()).Contains("重置邮件已发出", StringComparison.Ordinal));

        var mail = await WaitForMailAsync(App, email);
        var link = new Uri(Mime.ResetLink(mail));
        Assert.Equal("portal.test", link.Host);
        var local = link.PathAndQuery;
        var fields = new Dictionary<string, string> { ["NewPassword"] = "Brand-New-Pass-77", ["ConfirmPassword"] = "Brand-New-Pass-77" };

        using var first = await session.PostFormAsync(local, fields);
        Assert.Contains("密码已重置", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var second = await session.PostFormAsync(local, new Dictionary<string, string> { ["NewPassword"] = "Other-New-Pass-88", ["ConfirmPassword"] = "Other-New-Pass-88" });
        Assert.Contains("重置链接无效或已使用", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var signedIn = await fixture.SignedInAsync(name, "Brand-New-Pass-77");
    }

    [ServiceFact(Service.Postgres)]
    public async Task Two_factor_sign_in_with_a_totp_code_computed_here()
    {
        var (name, _) = await NewStaffAsync("qj-totp");
        using (var session = await fixture.SignedInAsync(name))
        {
            using var setup = await session.Http.GetAsync(new Uri("/account/two-factor", UriKind.Relative));
            var html = await setup.Content.ReadAsStringAsync();
            var key = KeyPattern().Match(html).Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(key), html);
            Assert.Contains("otpauth://totp/", html, StringComparison.Ordinal);

            using var wrong = await session.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = "000000" }, "/account/two-factor?handler=Enable");
            Assert.Contains("验证码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var enable = await session.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = Totp(key) }, "/account/two-factor?handler=Enable");
            Assert.Contains("两步验证已启用", await enable.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var step1 = new BackOffice(App);
            using var login = await step1.LoginAsync(name, StrongPassword);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.StartsWith("/account/login-2fa", login.Headers.Location?.OriginalString, StringComparison.Ordinal);
            using var notYet = await step1.Http.GetAsync(new Uri("/admin", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);

            var second = login.Headers.Location!.OriginalString;
            using var code = await step1.PostFormAsync(second, new Dictionary<string, string> { ["Code"] = Totp(key) });
            Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
            using var inside = await step1.Http.GetAsync(new Uri("/admin", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        }

        Assert.Contains(await AuditEntriesAsync(App, "identity.two-factor-enabled"), e => e.GetProperty("actorName").GetString() == name);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Changing_ones_password_checks_the_policy()
    {
        var (name, _) = await NewStaffAsync("qj-pw");
        using var session = await fixture.SignedInAsync(name);

        using var weak = await session.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = StrongPassword, ["NewPassword"] = "alllowercase", ["ConfirmPassword"] = "alllowercase",
        });
        Assert.Contains("至少包含大写字母、小写字母、数字、符号中的三类", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var good = await session.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = StrongPassword, ["NewPassword"] = "Changed-Pass-2026", ["ConfirmPassword"] = "Changed-Pass-2026",
        });
        Assert.Contains("密码已修改", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var still = await session.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        using var again = await fixture.SignedInAsync(name, "Changed-Pass-2026");
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_users_page_filters_and_pages_without_javascript()
    {
        using var host = await App.CreateHostClientAsync();
        var tag = NewName("pg");
        for (var i = 0; i < 21; i++)
        {
            await CreateUserAsync(host, new { userName = $"{tag}-{i:00}", email = $"{tag}-{i:00}@qj.example", roles = new[] { "prefecture-staff" }, tenant = SlugA, password = StrongPassword });
        }

        using var session = await fixture.SignedInAsync(fixture.AdminA);
        using var first = await session.Http.GetAsync(new Uri($"/admin/users?q={tag}", UriKind.Relative));
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains("第 1 / 2 页，共 21 人", html, StringComparison.Ordinal);
        Assert.Contains($"{tag}-19", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"{tag}-20", html, StringComparison.Ordinal);
        Assert.Contains("p=2", html, StringComparison.Ordinal);

        using var second = await session.Http.GetAsync(new Uri($"/admin/users?q={tag}&p=2", UriKind.Relative));
        var page2 = await second.Content.ReadAsStringAsync();
        Assert.Contains("第 2 / 2 页，共 21 人", page2, StringComparison.Ordinal);
        Assert.Contains($"{tag}-20", page2, StringComparison.Ordinal);

        using var otherPrefecture = await session.Http.GetAsync(new Uri($"/admin/users/{fixture.AdminBId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, otherPrefecture.StatusCode);
    }

    [GeneratedRegex("id=\"shared-key\">([^<]+)<")]
    private static partial Regex KeyPattern();
}
