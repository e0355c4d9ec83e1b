using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Testing;
using Xunit;

namespace Portal.Audit.Tests;

/// <summary>A person in the back office without a browser: a cookie jar, no automatic redirects, the sign-in form posted with its antiforgery token.</summary>
internal sealed partial class BackOfficeBrowser(PortalApp app) : IDisposable
{
    public const string Password = "Yunnan-Audit-2026";

    /// <summary>The bootstrap host admin's user name.</summary>
    public const string HostAdmin = "admin";

    public HttpClient Http { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<BackOfficeBrowser> SignInAsync(PortalApp app, string login, string password)
    {
        var browser = new BackOfficeBrowser(app);
        using var page = await browser.Http.GetAsync(new Uri("/account/login", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on the login page ({(int)page.StatusCode}).");
        using var response = await browser.Http.PostAsync(
            new Uri("/account/login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Login"] = login,
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {login}: {(int)response.StatusCode}");
        return browser;
    }

    /// <summary>Creates a person of <paramref name="tenant"/> with <paramref name="role"/> (through the host client) and signs them in.</summary>
    public static async Task<BackOfficeBrowser> NewUserAsync(PortalApp app, HttpClient host, string tenant, string role)
    {
        var name = $"audit-{Guid.NewGuid():N}"[..15];
        using var created = await host.PostAsJsonAsync(
            "/api/admin/users",
            new { userName = name, email = $"{name}@audit.example", roles = new[] { role }, tenant, password = Password });
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        return await SignInAsync(app, name, Password);
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
