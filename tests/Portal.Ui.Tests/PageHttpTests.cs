using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Testing;
using Portal.Ui.Tests.Infrastructure;
using Xunit;

namespace Portal.Ui.Tests;

/// <summary>The public pages over plain HTTP (no browser): status, language, content, headers.</summary>
public sealed partial class PageHttpTests(DemoPortalFixture portal) : IClassFixture<DemoPortalFixture>
{
    private const string CultureCookie = ".AspNetCore.Culture";

    [ServiceFact(Service.Postgres)]
    public async Task Home_page_is_Chinese_by_default_and_lists_every_prefecture()
    {
        using var response = await Get("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>云南省投资促进门户</title>", html, StringComparison.Ordinal);
        Assert.Contains("曲靖市", html, StringComparison.Ordinal);
        Assert.Contains("迪庆藏族自治州", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/qujing\"", html, StringComparison.Ordinal);
        Assert.Equal(16, Regex.Count(html, "class=\"prefecture-card\""));
    }

    [ServiceTheory(Service.Postgres)]
    [InlineData("/?culture=en", null)]
    [InlineData("/", "en-GB,en;q=0.9")]
    public async Task Home_page_speaks_English_when_asked(string url, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var client = portal.App.CreateClient();
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Yunnan Investment Portal", html, StringComparison.Ordinal);
        Assert.Contains(">Qujing</span>", html, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Prefecture_page_shows_both_names_and_the_code()
    {
        using var response = await Get("/t/qujing");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>曲靖市 · 云南省投资促进门户</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>曲靖市</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Qujing", html, StringComparison.Ordinal);
        Assert.Contains("530300", html, StringComparison.Ordinal);
        Assert.Contains("地级市", html, StringComparison.Ordinal);

        // The other fifteen, to move on without going back.
        Assert.Contains("href=\"/t/kunming\"", html, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Prefecture_slug_in_capitals_redirects_to_the_one_address()
    {
        using var response = await Get("/t/QuJing");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/t/qujing", response.Headers.Location?.OriginalString);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Unknown_prefecture_is_404_html_for_a_browser_and_problem_details_for_a_program()
    {
        using var forBrowser = await Get("/t/unknown", accept: "text/html,application/xhtml+xml,*/*;q=0.8");
        var html = await forBrowser.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, forBrowser.StatusCode);
        Assert.Equal("text/html", forBrowser.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown", html, StringComparison.Ordinal);

        using var forProgram = await Get("/t/unknown");
        Assert.Equal(HttpStatusCode.NotFound, forProgram.StatusCode);
        Assert.Equal("application/problem+json", forProgram.Content.Headers.ContentType?.MediaType);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Unknown_page_is_a_404_page_but_the_API_keeps_problem_details()
    {
        const string browser = "text/html,application/xhtml+xml,*/*;q=0.8";
        using var page = await Get("/no-such-page", accept: browser);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        using var api = await Get("/api/no-such-thing", accept: browser);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Culture_switch_saves_the_choice_and_returns_to_the_page()
    {
        using var client = portal.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var response = await client.GetAsync(new Uri("/culture?culture=en&returnUrl=%2Ft%2Fqujing%3Fculture%3Dzh-CN%26x%3D1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/t/qujing?x=1", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), value => value.StartsWith(CultureCookie + "=", StringComparison.Ordinal));
        Assert.Contains("c%3Den%7Cuic%3Den", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        using var next = new HttpRequestMessage(HttpMethod.Get, "/t/qujing");
        next.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var english = await client.SendAsync(next);
        var html = await english.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Qujing</h1>", html, StringComparison.Ordinal);
    }

    [ServiceTheory(Service.Postgres)]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("evil.example")]
    [InlineData("")]
    public async Task Culture_switch_never_redirects_off_the_site(string returnUrl)
    {
        using var client = portal.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/culture?culture=en&returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Culture_switch_ignores_a_culture_the_portal_does_not_offer()
    {
        using var client = portal.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/culture?culture=fr&returnUrl=%2F", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out _));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Language_links_point_at_the_switch_and_back_to_the_current_page()
    {
        using var response = await Get("/t/qujing?culture=en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("href=\"/culture?culture=zh-CN&amp;returnUrl=%2Ft%2Fqujing\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/culture?culture=en&amp;returnUrl=%2Ft%2Fqujing\"", html, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Static_assets_are_fingerprinted_and_cached_for_long()
    {
        using var home = await Get("/");
        var html = await home.Content.ReadAsStringAsync();
        var css = StylesheetHref().Match(html);
        var script = HtmxSrc().Match(html);
        Assert.True(css.Success, "the layout links the stylesheet");
        Assert.True(script.Success, "the layout loads htmx");

        using var cssResponse = await Get(css.Groups["href"].Value);
        Assert.Equal(HttpStatusCode.OK, cssResponse.StatusCode);
        Assert.Equal("text/css", cssResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", cssResponse.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);

        using var htmx = await Get(script.Groups["src"].Value);
        Assert.Equal(HttpStatusCode.OK, htmx.StatusCode);
        Assert.Contains("htmx", await htmx.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The plain address works too, for the error page and anyone linking by hand.
        using var plain = await Get("/_content/Portal.Ui/css/site.css");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Pages_are_small()
    {
        using var response = await Get("/");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // Sixteen cards and the frame: a page that grows past this is doing something it should not.
        Assert.True(bytes.Length < 40_000, $"The home page is {bytes.Length} bytes.");
    }

    private async Task<HttpResponseMessage> Get(string url, string? accept = null)
    {
        using var client = portal.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>/_content/Portal\\.Ui/css/site\\.[^\"]+)\"")]
    private static partial Regex StylesheetHref();

    [GeneratedRegex("<script src=\"(?<src>/_content/Portal\\.Ui/lib/htmx/htmx\\.min\\.[^\"]+)\"")]
    private static partial Regex HtmxSrc();
}
