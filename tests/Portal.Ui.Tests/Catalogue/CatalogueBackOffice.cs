using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Testing;
using Xunit;

namespace Portal.Ui.Tests.Catalogue;

/// <summary>
/// A prefecture's catalogue staff in the back office without a browser: a cookie jar, no automatic
/// redirects, forms posted with the antiforgery token of the page they came from.
/// </summary>
internal sealed partial class CatalogueBackOffice(PortalApp app) : IDisposable
{
    private const string Password = "Yunnan-Catalogue-2026";

    public HttpClient Http { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A new prefecture admin of <paramref name="slug"/> (made through the host client), signed in.</summary>
    public static async Task<CatalogueBackOffice> PrefectureAdminAsync(PortalApp app, string slug)
    {
        using var host = await app.CreateHostClientAsync();
        var name = $"cat-{Guid.NewGuid():N}"[..15];
        using var created = await host.PostAsJsonAsync(
            "/api/admin/users",
            new { userName = name, email = $"{name}@catalogue.example", roles = new[] { "prefecture-admin" }, tenant = slug, password = Password });
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");

        var browser = new CatalogueBackOffice(app);
        var token = await browser.TokenAsync("/account/login");
        using var response = await browser.Http.PostAsync(
            new Uri("/account/login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Login"] = name, ["Password"] = Password, ["__RequestVerificationToken"] = token }));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in: {(int)response.StatusCode}");
        return browser;
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The antiforgery token of the page at <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path)
    {
        var (status, html) = await GetAsync(path);
        return TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path} ({(int)status}).");
    }

    /// <summary>Posts a form as the page at <paramref name="pagePath"/> would, to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(pagePath);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    /// <summary>Posts a multipart form (a file and other fields) as the page at <paramref name="pagePath"/> would.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(
        string pagePath, string action, byte[] file, string fileName, string contentType, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(pagePath);
        using var content = new MultipartFormDataContent();
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(bytes, "file", fileName);
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
