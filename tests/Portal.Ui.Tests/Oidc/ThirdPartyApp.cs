using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Ui.Tests.Oidc;

/// <summary>
/// A third-party web app, as a partner would write it: ASP.NET Core's own OpenID Connect handler pointed at
/// the portal (<c>Authority</c> = the portal's address; everything else comes from its discovery document),
/// authorization code with PKCE, a public client (no secret), tokens saved in its cookie. Its home page
/// signs the visitor in through the portal, then calls the portal's API with the access token and shows
/// who signed in and what the API answered. It runs on its own Kestrel socket on 127.0.0.1.
/// </summary>
internal sealed class ThirdPartyApp : IAsyncDisposable
{
    public const string Scopes = "openid profile email offline_access portal.api";

    private readonly WebApplication _app;
    private readonly ClientIdHolder _client;

    private ThirdPartyApp(WebApplication app, ClientIdHolder client, Uri baseAddress)
    {
        _app = app;
        _client = client;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The redirect URI to register for this app (the handler's default callback path).</summary>
    public Uri RedirectUri => new(BaseAddress, "signin-oidc");

    /// <summary>Set once the client is registered at the portal, before the first sign-in.</summary>
    public string ClientId
    {
        get => _client.Value ?? throw new InvalidOperationException("Register the client first.");
        set => _client.Value = value;
    }

    public static async Task<ThirdPartyApp> StartAsync(Uri portal)
    {
        var client = new ClientIdHolder();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddHttpClient();
        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie => cookie.Cookie.Name = "third-party-app")
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = portal.ToString();
                oidc.RequireHttpsMetadata = false; // the portal under test speaks http on 127.0.0.1
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                oidc.SaveTokens = true;
                oidc.GetClaimsFromUserInfoEndpoint = true;
                oidc.MapInboundClaims = false;
                oidc.DisableTelemetry = true;
                oidc.Scope.Clear();
                foreach (var scope in Scopes.Split(' '))
                {
                    oidc.Scope.Add(scope);
                }

                oidc.TokenValidationParameters.NameClaimType = "name";

                // Both sites share 127.0.0.1 over plain http: keep the handler's cookies usable there.
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;

                // A refusal (the person said no) comes back as an error: show it instead of a 500.
                oidc.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/refused?error=" + Uri.EscapeDataString(context.Failure?.Message ?? "unknown"));
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure(oidc => oidc.ClientId = client.Value);
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", (Delegate)HomeAsync).RequireAuthorization();
        app.MapGet("/refused", (HttpContext context) => Results.Content(
            $"<!DOCTYPE html><html><body><h1 id=\"refused\">Refused</h1><p id=\"error\">{HtmlEncoder.Default.Encode(context.Request.Query["error"].ToString())}</p></body></html>",
            "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ThirdPartyApp(app, client, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Who signed in (from the ID token and userinfo), and the portal API's answer to the access token.</summary>
    private static async Task<IResult> HomeAsync(HttpContext context)
    {
        var accessToken = await context.GetTokenAsync("access_token");
        var idToken = await context.GetTokenAsync("id_token");
        var refreshToken = await context.GetTokenAsync("refresh_token");
        var authority = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<OpenIdConnectOptions>>()
            .Get(OpenIdConnectDefaults.AuthenticationScheme).Authority!;
        using var http = context.RequestServices.GetRequiredService<IHttpClientFactory>().CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(authority), "/api/admin/clients"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var clients = response.IsSuccessStatusCode
            ? string.Join(", ", JsonDocument.Parse(body).RootElement.EnumerateArray().Select(c => c.GetProperty("clientId").GetString()))
            : body;

        var user = context.User;
        var encode = HtmlEncoder.Default;
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Third-party app</title></head>
            <body>
              <h1>Third-party app</h1>
              <dl>
                <dt>sub</dt><dd id="sub">{encode.Encode(user.FindFirst("sub")?.Value ?? "")}</dd>
                <dt>name</dt><dd id="name">{encode.Encode(user.Identity?.Name ?? "")}</dd>
                <dt>preferred_username</dt><dd id="username">{encode.Encode(user.FindFirst("preferred_username")?.Value ?? "")}</dd>
                <dt>has id token</dt><dd id="has-id-token">{(idToken is null ? "no" : "yes")}</dd>
                <dt>has refresh token</dt><dd id="has-refresh-token">{(refreshToken is null ? "no" : "yes")}</dd>
                <dt>GET /api/admin/clients</dt><dd id="api-status">{(int)response.StatusCode}</dd>
                <dt>clients</dt><dd id="api-result">{encode.Encode(clients)}</dd>
              </dl>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class ClientIdHolder
    {
        public string? Value { get; set; }
    }
}

/// <summary>The portal's API as a bureau script calls it (client credentials): registers the app, looks people up.</summary>
internal static class PortalAdmin
{
    public static async Task<string> RegisterPublicClientAsync(Uri portal, string displayName, Uri redirectUri)
    {
        using var http = await HostClientAsync(portal);
        using var created = await http.PostAsJsonAsync("/api/admin/clients", new { displayName, type = "public", redirectUris = new[] { redirectUri.AbsoluteUri } });
        var body = await created.Content.ReadAsStringAsync();
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Registering the app failed with {(int)created.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("clientId").GetString()!;
    }

    /// <summary>The id (the <c>sub</c> of their tokens) of the user with this user name.</summary>
    public static async Task<string> UserIdAsync(Uri portal, string userName)
    {
        using var http = await HostClientAsync(portal);
        var page = await http.GetFromJsonAsync<JsonElement>("/api/admin/users?q=" + Uri.EscapeDataString(userName));
        return page.GetProperty("items").EnumerateArray()
            .Single(user => user.GetProperty("userName").GetString() == userName)
            .GetProperty("id").GetString()!;
    }

    private static async Task<HttpClient> HostClientAsync(Uri portal)
    {
        var http = new HttpClient { BaseAddress = portal };
        using var tokenResponse = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Portal.Testing.PortalApp.HostClientId,
            ["client_secret"] = Portal.Testing.PortalApp.HostClientSecret,
        }));
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
