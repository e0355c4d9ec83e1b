using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;
using Portal.Host.Tests.Identity;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;
using static Portal.Host.Tests.Oidc.OidcFlow;

namespace Portal.Host.Tests.Oidc;

/// <summary>
/// The OpenID Connect server as a third-party app meets it: discovery, authorization code with PKCE,
/// consent, refresh token rotation and reuse detection, revocation, introspection, userinfo, and the
/// bad inputs (no PKCE, replayed codes, reused refresh tokens, forged consent posts).
/// </summary>
public sealed class AuthorizationCodeFlowTests(IdentityPortalFixture fixture) : IClassFixture<IdentityPortalFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task Discovery_lists_the_endpoints_the_grants_PKCE_S256_and_the_scopes()
    {
        using var http = App.CreateClient();

        var discovery = await http.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        foreach (var (name, path) in new[]
        {
            ("authorization_endpoint", "/connect/authorize"), ("token_endpoint", "/connect/token"),
            ("userinfo_endpoint", "/connect/userinfo"), ("revocation_endpoint", "/connect/revoke"),
            ("introspection_endpoint", "/connect/introspect"), ("end_session_endpoint", "/connect/logout"),
        })
        {
            Assert.EndsWith(path, discovery.GetProperty(name).GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(
            ["authorization_code", "client_credentials", "refresh_token"],
            Strings(discovery, "grant_types_supported").Order(StringComparer.Ordinal));
        Assert.Equal(["S256"], Strings(discovery, "code_challenge_methods_supported"));
        Assert.Equal(["code"], Strings(discovery, "response_types_supported"));
        var scopes = Strings(discovery, "scopes_supported");
        foreach (var scope in new[] { "openid", "profile", "email", "offline_access", "portal.api", "portal.reports.read", "portal.catalogue.manage" })
        {
            Assert.Contains(scope, scopes);
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task An_anonymous_authorization_request_goes_to_the_login_page_and_back()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = AnonymousBrowser(App, out _);
        var url = AuthorizeUrl(clientId, NewPkce());

        using var response = await browser.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = new Uri(App.Server.BaseAddress, response.Headers.Location!);
        Assert.Equal("/account/login", login.AbsolutePath);

        // A short return URL (the request itself is too long for a login form) that resumes the request.
        var returnUrl = QueryOf(login)["ReturnUrl"];
        Assert.StartsWith("/connect/resume/", returnUrl, StringComparison.Ordinal);
        Assert.True(returnUrl.Length < 64);
        using var resume = await browser.GetAsync(new Uri(returnUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, resume.StatusCode);
        var resumed = new Uri(App.Server.BaseAddress, resume.Headers.Location!);
        Assert.Equal("/connect/authorize", resumed.AbsolutePath);
        Assert.Equal(
            QueryOf(new Uri(App.Server.BaseAddress, url)).OrderBy(p => p.Key, StringComparer.Ordinal),
            QueryOf(resumed).OrderBy(p => p.Key, StringComparer.Ordinal));

        using var unknown = await browser.GetAsync(new Uri("/connect/resume/AAAAAAAAAAAAAAAAAAAAAA", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_consent_page_names_the_app_and_what_it_asks_for_in_Chinese()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host, "曲靖招商助手");
        using var browser = await SignedInBrowserAsync(App);

        var form = await OpenConsentAsync(browser, AuthorizeUrl(clientId, NewPkce(), "openid profile portal.reports.read"));

        Assert.Contains("授权第三方应用", form.Html, StringComparison.Ordinal);
        Assert.Contains("“曲靖招商助手” 请求以您的身份访问云南省投资促进门户。", form.Html, StringComparison.Ordinal);
        Assert.Contains("读取您的姓名和用户名", form.Html, StringComparison.Ordinal);
        Assert.Contains("查看季度统计报表", form.Html, StringComparison.Ordinal);
        Assert.Contains(form.Fields, field => field.Key == "__RequestVerificationToken");
        Assert.Contains(form.Fields, field => field.Key == "code_challenge");
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_person_signs_in_through_an_app_and_the_app_calls_the_api_with_their_token()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var (adminId, _) = await FindUserAsync(App, "admin");

        var tokens = await SignInThroughAppAsync(App, browser, clientId);

        Assert.NotNull(tokens.RefreshToken);
        Assert.Equal(30 * 60, tokens.ExpiresIn, tolerance: 5);
        var idToken = new JsonWebTokenHandler().ReadJsonWebToken(tokens.IdToken);
        Assert.Equal(adminId.ToString(), idToken.Subject);
        Assert.Contains(clientId, idToken.Audiences);
        Assert.Equal("admin", idToken.GetClaim("preferred_username").Value);

        using var api = WithToken(App, tokens.AccessToken);
        Assert.Contains(PortalApp.HostClientId, await ListClientIdsAsync(api));
        var claims = await OpenTokenAsync(App, tokens.AccessToken);
        Assert.Equal(adminId.ToString(), claims.FindFirst("sub")?.Value);
        Assert.Null(claims.FindFirst("tenant"));
        Assert.Contains("clients.manage", claims.FindAll("permission").Select(c => c.Value));

        var userinfo = await api.GetFromJsonAsync<JsonElement>("/connect/userinfo");
        Assert.Equal(adminId.ToString(), userinfo.GetProperty("sub").GetString());
        Assert.Equal("admin", userinfo.GetProperty("preferred_username").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Consent_is_asked_once_then_remembered_for_the_same_scopes()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        await SignInThroughAppAsync(App, browser, clientId);

        using var again = await browser.GetAsync(new Uri(AuthorizeUrl(clientId, NewPkce()), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith(RedirectUri + "?code=", again.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_narrow_permission_scope_gives_a_token_with_that_permission_only()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);

        var tokens = await SignInThroughAppAsync(App, browser, clientId, "openid portal.reports.read");

        var claims = await OpenTokenAsync(App, tokens.AccessToken);
        Assert.Equal(["reports.read"], claims.FindAll("permission").Select(c => c.Value));
        Assert.Null(tokens.RefreshToken); // no offline_access, no refresh token
        using var api = WithToken(App, tokens.AccessToken);
        using var clients = await api.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, clients.StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Denying_consent_sends_access_denied_back_to_the_app()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var form = await OpenConsentAsync(browser, AuthorizeUrl(clientId, NewPkce()));

        var callback = await AnswerConsentAsync(browser, form, "deny");

        Assert.StartsWith(RedirectUri, callback.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("access_denied", QueryOf(callback)["error"]);
        Assert.False(QueryOf(callback).ContainsKey("code"));
        Assert.Contains(await AuditActionsAsync(), action => action == "oidc.consent.denied");
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_consent_post_without_the_antiforgery_token_is_a_400_and_issues_nothing()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var form = await OpenConsentAsync(browser, AuthorizeUrl(clientId, NewPkce()));
        var forged = form with { Fields = [.. form.Fields.Where(field => field.Key != "__RequestVerificationToken")] };

        using var response = await browser.PostAsync(
            new Uri("/connect/authorize", UriKind.Relative),
            new FormUrlEncodedContent(forged.Fields.Append(new("consent", "accept"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [ServiceTheory(Service.Postgres)]
    [InlineData(false, null)]
    [InlineData(true, "plain")]
    public async Task An_authorization_request_without_S256_PKCE_is_refused(bool withChallenge, string? method)
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var pkce = NewPkce();
        if (method == "plain")
        {
            pkce = pkce with { Challenge = pkce.Verifier };
        }

        using var response = await browser.GetAsync(new Uri(AuthorizeUrl(clientId, withChallenge ? pkce : null, method: method), UriKind.Relative));

        var answer = response.Headers.Location is { } location ? QueryOf(location) : [];
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Equal("invalid_request", answer["error"]);
            Assert.False(answer.ContainsKey("code"));
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_code_redeemed_with_the_wrong_verifier_is_invalid_grant()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var code = await GetCodeAsync(browser, clientId, NewPkce());

        using var response = await RedeemCodeAsync(App, clientId, code, NewPkce().Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", await ErrorOfAsync(response));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_replayed_code_is_invalid_grant_and_revokes_what_the_first_redemption_issued()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var pkce = NewPkce();
        var code = await GetCodeAsync(browser, clientId, pkce);
        using var first = await RedeemCodeAsync(App, clientId, code, pkce.Verifier);
        var tokens = await TokensFromAsync(first);

        using var replay = await RedeemCodeAsync(App, clientId, code, pkce.Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("invalid_grant", await ErrorOfAsync(replay));
        using var api = WithToken(App, tokens.AccessToken);
        using var call = await api.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        await AssertProblemAsync(call, HttpStatusCode.Unauthorized);
        Assert.Contains(await AuditActionsAsync(), action => action == "oidc.token.refused");
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_refresh_rotates_the_refresh_token_and_a_reused_one_revokes_the_whole_chain()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var first = await SignInThroughAppAsync(App, browser, clientId);

        using var rotated = await RefreshAsync(App, clientId, first.RefreshToken!);
        var second = await TokensFromAsync(rotated);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        using (var api = WithToken(App, second.AccessToken))
        {
            Assert.Contains(PortalApp.HostClientId, await ListClientIdsAsync(api));
        }

        // The first refresh token again: somebody kept a copy.
        using var reused = await RefreshAsync(App, clientId, first.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal("invalid_grant", await ErrorOfAsync(reused));

        // The whole chain is gone: the legitimate new refresh token and access token too.
        using var afterwards = await RefreshAsync(App, clientId, second.RefreshToken!);
        Assert.Equal("invalid_grant", await ErrorOfAsync(afterwards));
        using var api2 = WithToken(App, second.AccessToken);
        using var call = await api2.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        await AssertProblemAsync(call, HttpStatusCode.Unauthorized);
        Assert.Contains(await AuditActionsAsync(), action => action == "oidc.token.reuse-detected");
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_revoked_access_token_is_a_401_at_once()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var tokens = await SignInThroughAppAsync(App, browser, clientId);

        using var http = App.CreateClient();
        using var revoke = await http.PostAsync(new Uri("/connect/revoke", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["token"] = tokens.AccessToken,
            ["token_type_hint"] = "access_token",
        }));

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        using var api = WithToken(App, tokens.AccessToken);
        using var call = await api.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        await AssertProblemAsync(call, HttpStatusCode.Unauthorized);
        using var userinfo = await api.GetAsync(new Uri("/connect/userinfo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, userinfo.StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Introspection_says_active_for_a_live_token_and_inactive_once_revoked()
    {
        var token = await App.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret);

        var live = await IntrospectAsync(token);
        Assert.True(live.GetProperty("active").GetBoolean());
        Assert.Equal(PortalApp.HostClientId, live.GetProperty("sub").GetString());

        using var http = App.CreateClient();
        using var revoke = await http.PostAsync(new Uri("/connect/revoke", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = PortalApp.HostClientId,
            ["client_secret"] = PortalApp.HostClientSecret,
            ["token"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        Assert.False((await IntrospectAsync(token)).GetProperty("active").GetBoolean());
        Assert.False((await IntrospectAsync("not-a-token")).GetProperty("active").GetBoolean());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_public_client_learns_nothing_from_introspection()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        var token = await App.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret);
        using var http = App.CreateClient();

        using var response = await http.PostAsync(new Uri("/connect/introspect", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["token"] = token,
        }));

        // Refused outright, or told nothing: the token is not one it presented.
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var answer = await response.ReadJsonAsync();
            Assert.False(answer.GetProperty("active").GetBoolean());
            Assert.False(answer.TryGetProperty("sub", out _));
        }
        else
        {
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{(int)response.StatusCode}");
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_app_does_not_serve_a_person_of_another_scope()
    {
        using var host = await App.CreateHostClientAsync();
        await CreateTenantAsync(host, "lijiang", "530700");
        var clientId = await CreatePublicClientAsync(host, "丽江文旅", tenant: "lijiang");
        using var browser = await SignedInBrowserAsync(App); // the host admin: not a Lijiang user

        using var response = await browser.GetAsync(new Uri(AuthorizeUrl(clientId, NewPkce()), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var answer = QueryOf(response.Headers.Location!);
        Assert.Equal("access_denied", answer["error"]);
        Assert.False(answer.ContainsKey("code"));
        Assert.Contains(await AuditActionsAsync(), action => action == "oidc.authorize.refused");
    }

    [ServiceFact(Service.Postgres)]
    public async Task Client_credentials_take_api_scopes_only_and_a_permission_scope_narrows_the_token()
    {
        using var http = App.CreateClient();
        using var openid = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = PortalApp.HostClientId,
            ["client_secret"] = PortalApp.HostClientSecret,
            ["scope"] = "openid portal.api",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, openid.StatusCode);
        Assert.Equal("invalid_scope", await ErrorOfAsync(openid));

        var narrow = await App.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret, "portal.reports.read");
        var claims = await OpenTokenAsync(App, narrow);
        Assert.Equal(["reports.read"], claims.FindAll("permission").Select(c => c.Value));
        Assert.Contains(await AuditActionsAsync(), action => action == "oidc.token.issued");
    }

    [ServiceFact(Service.Postgres)]
    public async Task Tokens_issued_to_people_and_consent_are_in_the_identity_outbox_as_audit_events()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var (adminId, _) = await FindUserAsync(App, "admin");

        await SignInThroughAppAsync(App, browser, clientId);

        var events = await AuditEventsAsync();
        Assert.Contains(events, e => Prop(e, "Action") == "oidc.consent.granted"
            && Prop(e, "EntityId") == clientId && Prop(e, "ActorId") == adminId.ToString());
        Assert.Contains(events, e => Prop(e, "Action") == "oidc.token.issued"
            && Prop(e, "EntityId") == clientId && Prop(e, "ActorKind") == "user");
    }

    [ServiceFact(Service.Postgres)]
    public async Task Prompt_none_without_a_session_is_login_required_at_the_app()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = AnonymousBrowser(App, out _);

        using var response = await browser.GetAsync(new Uri(AuthorizeUrl(clientId, NewPkce(), prompt: "none"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("login_required", QueryOf(response.Headers.Location!)["error"]);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_consent_page_shows_nothing_for_an_unregistered_redirect_uri_and_sends_strangers_to_sign_in()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var forged = AuthorizeUrl(clientId, NewPkce()).Replace("/connect/authorize", "/connect/consent", StringComparison.Ordinal)
            .Replace(Uri.EscapeDataString(RedirectUri), Uri.EscapeDataString("https://evil.example/cb"), StringComparison.Ordinal);

        using var page = await browser.GetAsync(new Uri(forged, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("授权请求无效", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"consent\"", html, StringComparison.Ordinal);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());

        using var stranger = AnonymousBrowser(App, out _);
        using var anonymous = await stranger.GetAsync(new Uri(AuthorizeUrl(clientId, NewPkce()).Replace("/connect/authorize", "/connect/consent", StringComparison.Ordinal), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/connect/authorize?", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Userinfo_without_a_token_is_a_401_and_logout_ends_the_portal_session()
    {
        using var http = App.CreateClient();
        using var userinfo = await http.GetAsync(new Uri("/connect/userinfo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, userinfo.StatusCode);

        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        using var logout = await browser.GetAsync(new Uri("/connect/logout", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/", logout.Headers.Location!.OriginalString);

        // The cookie is gone: the next authorization request goes to the login page.
        using var again = await browser.GetAsync(new Uri(AuthorizeUrl(clientId, NewPkce()), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("/account/login", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<JsonElement> IntrospectAsync(string token)
    {
        using var http = App.CreateClient();
        using var response = await http.PostAsync(new Uri("/connect/introspect", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = PortalApp.HostClientId,
            ["client_secret"] = PortalApp.HostClientSecret,
            ["token"] = token,
        }));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task<List<string>> AuditActionsAsync() =>
        [.. (await AuditEventsAsync()).Select(e => Prop(e, "Action") ?? "")];

    private async Task<List<JsonElement>> AuditEventsAsync()
    {
        await using var connection = new NpgsqlConnection(App.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT "Payload" FROM identity.outbox_messages WHERE "Type" LIKE '%AuditRecorded'""", connection);
        var events = new List<JsonElement>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
        }

        return events;
    }

    // Outbox payloads are serialized by the outbox: read names without caring for their case.
    private static string? Prop(JsonElement json, string name) =>
        json.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;

    private static string[] Strings(JsonElement json, string property) =>
        [.. json.GetProperty(property).EnumerateArray().Select(item => item.GetString()!)];
}
