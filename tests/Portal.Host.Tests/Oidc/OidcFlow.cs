using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Oidc;

/// <summary>
/// A third-party app and a person's browser, as plain HTTP: registers a public client, then walks the
/// authorization code flow with PKCE (authorize → consent page → consent post → code → token) one
/// redirect at a time, so that each step can be checked or broken on purpose.
/// </summary>
internal static partial class OidcFlow
{
    public const string RedirectUri = "http://127.0.0.1:5999/signin-oidc";
    public const string FullScope = "openid profile email offline_access portal.api";

    public static async Task<string> CreatePublicClientAsync(HttpClient host, string displayName = "招商小程序", string? tenant = null)
    {
        using var response = await host.PostAsJsonAsync("/api/admin/clients", new { displayName, type = "public", redirectUris = new[] { RedirectUri }, tenant });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("clientId").GetString()!;
    }

    /// <summary>
    /// A browser (cookies kept, redirects not followed) signed in to the back office as the user named
    /// <paramref name="userName"/>. The cookie is the one the portal's own sign-in issues: the identity
    /// cookie's ticket, protected with the portal's data protection keys, naming the user by <c>sub</c>.
    /// </summary>
    public static async Task<HttpClient> SignedInBrowserAsync(PortalApp app, string userName = "admin")
    {
        var (userId, stamp) = await FindUserAsync(app, userName);
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, "name", "role");
        identity.AddClaim(new Claim("sub", userId.ToString()));
        identity.AddClaim(new Claim("name", userName));
        identity.AddClaim(new Claim("AspNet.Identity.SecurityStamp", stamp));
        var now = DateTimeOffset.UtcNow;
        var ticket = new AuthenticationTicket(
            new ClaimsPrincipal(identity),
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(1) },
            IdentityConstants.ApplicationScheme);
        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        var browser = AnonymousBrowser(app, out var cookies);
        cookies.Add(app.Server.BaseAddress, new Cookie(cookie.Cookie.Name!, cookie.TicketDataFormat.Protect(ticket)));
        return browser;
    }

    public static HttpClient AnonymousBrowser(PortalApp app, out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        var browser = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        return browser;
    }

    public static async Task<(Guid Id, string Stamp)> FindUserAsync(PortalApp app, string userName)
    {
        await using var connection = new NpgsqlConnection(app.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Id", "SecurityStamp" FROM identity.users WHERE "UserName" = @name""", connection);
        command.Parameters.AddWithValue("name", userName);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no user {userName}");
        return (reader.GetGuid(0), reader.GetString(1));
    }

    public static Pkce NewPkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizeUrl(string clientId, Pkce? pkce, string scope = FullScope, string state = "state-1", string? method = "S256", string? prompt = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = state,
        };
        if (pkce is not null)
        {
            query["code_challenge"] = pkce.Challenge;
            query["code_challenge_method"] = method;
        }

        if (prompt is not null)
        {
            query["prompt"] = prompt;
        }

        return QueryHelpers.AddQueryString("/connect/authorize", query);
    }

    /// <summary>Opens the consent page the authorize endpoint sent us to, and returns its form.</summary>
    public static async Task<ConsentForm> OpenConsentAsync(HttpClient browser, string authorizeUrl)
    {
        using var authorize = await browser.GetAsync(new Uri(authorizeUrl, UriKind.Relative));
        Assert.True(authorize.StatusCode == HttpStatusCode.Redirect, $"{(int)authorize.StatusCode}: {await authorize.Content.ReadAsStringAsync()}");
        var location = authorize.Headers.Location!.OriginalString;
        Assert.StartsWith("/connect/consent?", location, StringComparison.Ordinal);

        using var page = await browser.GetAsync(new Uri(location, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        var fields = Input().Matches(html)
            .Select(match => match.Value)
            .Where(input => input.Contains("type=\"hidden\"", StringComparison.Ordinal))
            .Select(input => new KeyValuePair<string, string>(
                WebUtility.HtmlDecode(NameAttribute().Match(input).Groups[1].Value),
                WebUtility.HtmlDecode(ValueAttribute().Match(input).Groups[1].Value)))
            .ToList();
        return new ConsentForm(html, fields);
    }

    /// <summary>Posts the consent form with the given answer; returns the redirect the portal answers with.</summary>
    public static async Task<Uri> AnswerConsentAsync(HttpClient browser, ConsentForm form, string answer)
    {
        var fields = form.Fields.Append(new("consent", answer));
        using var response = await browser.PostAsync(new Uri("/connect/authorize", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!;
    }

    public static Dictionary<string, string> QueryOf(Uri uri) =>
        QueryHelpers.ParseQuery(uri.Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);

    /// <summary>Signs in, consents and returns the authorization code.</summary>
    public static async Task<string> GetCodeAsync(HttpClient browser, string clientId, Pkce pkce, string scope = FullScope)
    {
        var form = await OpenConsentAsync(browser, AuthorizeUrl(clientId, pkce, scope));
        var callback = await AnswerConsentAsync(browser, form, "accept");
        Assert.StartsWith(RedirectUri, callback.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryOf(callback);
        Assert.Equal("state-1", query["state"]);
        return query["code"];
    }

    public static async Task<HttpResponseMessage> RedeemCodeAsync(PortalApp app, string clientId, string code, string verifier)
    {
        using var http = app.CreateClient();
        return await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }));
    }

    public static async Task<HttpResponseMessage> RefreshAsync(PortalApp app, string clientId, string refreshToken)
    {
        using var http = app.CreateClient();
        return await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = clientId,
            ["refresh_token"] = refreshToken,
        }));
    }

    /// <summary>The whole flow: a fresh public client, consent, tokens.</summary>
    public static async Task<Tokens> SignInThroughAppAsync(PortalApp app, HttpClient browser, string clientId, string scope = FullScope)
    {
        var pkce = NewPkce();
        var code = await GetCodeAsync(browser, clientId, pkce, scope);
        using var response = await RedeemCodeAsync(app, clientId, code, pkce.Verifier);
        return await TokensFromAsync(response);
    }

    public static async Task<Tokens> TokensFromAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        return new Tokens(
            json.GetProperty("access_token").GetString()!,
            json.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            json.TryGetProperty("id_token", out var id) ? id.GetString() : null,
            json.GetProperty("expires_in").GetInt32());
    }

    public static async Task<string> ErrorOfAsync(HttpResponseMessage response) =>
        (await response.ReadJsonAsync()).GetProperty("error").GetString()!;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("\\bname=\"([^\"]*)\"")]
    private static partial Regex NameAttribute();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}

internal sealed record Pkce(string Verifier, string Challenge);

internal sealed record Tokens(string AccessToken, string? RefreshToken, string? IdToken, int ExpiresIn);

internal sealed record ConsentForm(string Html, IReadOnlyList<KeyValuePair<string, string>> Fields);
