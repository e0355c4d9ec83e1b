using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.CatalogueSearch.Contracts;
using Portal.Testing;
using Portal.Ui.Pages.Search;
using Portal.Ui.Tests.Infrastructure;
using Xunit;

namespace Portal.Ui.Tests;

/// <summary>
/// The public search page over HTTP, on the demo data: the state is in the address, results are
/// highlighted and link to the items, filters narrow, bad input is shown beside the fields and never
/// becomes a 500, and what the visitor typed is always encoded.
/// </summary>
public sealed partial class SearchPageTests(DemoPortalFixture portal) : IClassFixture<DemoPortalFixture>
{
    [Fact]
    public void Every_search_text_exists_in_Chinese_and_English()
    {
        var resources = new ResourceManager(typeof(SearchText).FullName!, typeof(SearchText).Assembly);
        HashSet<string> Keys(CultureInfo culture) =>
            resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set
                ? [.. set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)]
                : [];

        var chinese = Keys(CultureInfo.InvariantCulture);
        var english = Keys(new CultureInfo("en"));
        Assert.NotEmpty(chinese);
        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));
    }

    [Theory]
    [InlineData("<em>绿色</em>铝", "<em>绿色</em>铝")]
    [InlineData("a &amp; b <em>c</em>", "a &amp; b <em>c</em>")]
    [InlineData("<script>alert(1)</script><em>x</em>", "&lt;script&gt;alert(1)&lt;/script&gt;<em>x</em>")]
    [InlineData("<em>open <b>bold</b>", "<em>open &lt;b&gt;bold&lt;/b&gt;</em>")]
    [InlineData("&lt;img src=x&gt;", "&lt;img src=x&gt;")]
    public void Highlights_keep_only_em_as_markup(string fromEngine, string rendered) =>
        Assert.Equal(rendered, SearchHighlight.Rebuild(fromEngine));

    [ServiceFact(Service.Postgres)]
    public async Task Search_page_is_Chinese_by_default_and_English_when_asked()
    {
        await DemoIndexedAsync();

        var (status, html) = await GetAsync("/search");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>搜索 · 云南省投资促进门户</title>", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/search\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"q\"", html, StringComparison.Ordinal);

        var (englishStatus, english) = await GetAsync("/search?culture=en");
        Assert.Equal(HttpStatusCode.OK, englishStatus);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Search parks, policies and projects", english, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_query_finds_a_published_demo_item_highlighted_and_linked()
    {
        await DemoIndexedAsync();
        var api = await ApiAsync("/api/search?q=" + Uri.EscapeDataString("绿色铝"));
        var first = api.GetProperty("items")[0];
        var url = first.GetProperty("url").GetString()!;

        var (status, html) = await GetAsync("/search?q=" + Uri.EscapeDataString("绿色铝"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<title>“绿色铝”的搜索结果 · 云南省投资促进门户</title>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}\"", html, StringComparison.Ordinal);
        Assert.Matches(HighlightedTitle(), html);
        Assert.Contains($"共 {api.GetProperty("total").GetInt64():N0} 条结果", html, StringComparison.Ordinal);

        // Facet counts beside the filter values, as the API counts them.
        var qujing = api.GetProperty("facets").GetProperty("prefecture").GetProperty("qujing").GetInt64();
        Assert.Matches(new Regex($"value=\"qujing\"[^>]*/>\\s*<span class=\"facet-name\">曲靖市</span>\\s*<span class=\"facet-count\"[^>]*>{qujing}</span>"), html);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Filters_in_the_address_narrow_the_results()
    {
        await DemoIndexedAsync();
        var all = await ApiAsync("/api/search?pageSize=100");
        var parksOfQujing = await ApiAsync("/api/search?kind=park&prefecture=qujing&pageSize=100");
        Assert.True(parksOfQujing.GetProperty("total").GetInt64() < all.GetProperty("total").GetInt64());
        Assert.True(parksOfQujing.GetProperty("total").GetInt64() > 0);

        var (status, html) = await GetAsync("/search?kind=park&prefecture=qujing");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"共 {parksOfQujing.GetProperty("total").GetInt64():N0} 条结果", html, StringComparison.Ordinal);
        var badges = KindBadges().Matches(html).Select(m => m.Groups["kind"].Value).ToArray();
        Assert.NotEmpty(badges);
        Assert.All(badges, kind => Assert.Equal("park", kind));
        Assert.All(ResultPrefectures().Matches(html), m => Assert.Equal("曲靖市", m.Groups["name"].Value));

        // The chosen filters stay chosen, so the address and the form agree.
        Assert.Matches(new Regex("value=\"park\" checked=\"checked\""), html);
        Assert.Matches(new Regex("value=\"qujing\" checked=\"checked\""), html);
    }

    [ServiceTheory(Service.Postgres)]
    [InlineData("/search?page=abc", "page")]
    [InlineData("/search?minAvailableMu=lots", "minAvailableMu")]
    [InlineData("/search?sort=cheapest", "sort")]
    [InlineData("/search?chain=no-such-chain", "chain")]
    [InlineData("/search?page=0", "page")]
    public async Task Bad_input_is_shown_inline_with_a_400_never_a_500(string url, string field)
    {
        var (status, html) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("请修改搜索条件", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"q\"", html, StringComparison.Ordinal); // the form is still there to fix it
        if (field == "minAvailableMu")
        {
            // The value stays as typed, marked invalid and described by its message.
            Assert.Matches(new Regex("id=\"filter-minAvailableMu\" name=\"minAvailableMu\"[^>]*value=\"lots\"\\s+aria-invalid=\"true\" aria-describedby=\"filter-minAvailableMu-error\""), html);
            Assert.Contains("<p id=\"filter-minAvailableMu-error\" class=\"field-error\">", html, StringComparison.Ordinal);
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_query_that_is_too_long_is_marked_on_the_box()
    {
        var (status, html) = await GetAsync("/search?q=" + new string('铝', CatalogueSearchLimits.MaxQueryLength + 1));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"search-q-error\"", html, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_script_in_the_query_is_encoded_everywhere()
    {
        const string attack = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        var (status, html) = await GetAsync("/search?q=" + Uri.EscapeDataString(attack));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);

        var (_, suggestions) = await GetAsync("/search/suggest?q=" + Uri.EscapeDataString(attack));
        Assert.DoesNotContain("<script>", suggestions, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Home_page_has_the_search_box_and_sends_a_query_to_the_search_page()
    {
        var (_, home) = await GetAsync("/");
        Assert.Contains("action=\"/search\"", home, StringComparison.Ordinal);
        Assert.Contains("hx-get=\"/search/suggest\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=%E6%96%B0%E8%83%BD%E6%BA%90%E7%94%B5%E6%B1%A0\"", home, StringComparison.Ordinal); // 新能源电池

        using var client = portal.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/?q=%E7%BB%BF%E8%89%B2%E9%93%9D&kind=park", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/search?q=%E7%BB%BF%E8%89%B2%E9%93%9D&kind=park", response.Headers.Location?.OriginalString);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Suggestions_are_a_list_of_links_to_items()
    {
        await DemoIndexedAsync();
        var api = await ApiAsync("/api/search/suggest?q=" + Uri.EscapeDataString("绿色"));
        var first = api.GetProperty("items")[0];

        var (status, html) = await GetAsync("/search/suggest?q=" + Uri.EscapeDataString("绿色"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"suggestion-list\">", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{first.GetProperty("url").GetString()}\"", html, StringComparison.Ordinal);

        var (_, empty) = await GetAsync("/search/suggest?q=");
        Assert.DoesNotContain("<li>", empty, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_search_shows_only_that_prefecture()
    {
        await DemoIndexedAsync();

        var (status, html) = await GetAsync("/t/qujing/search?prefecture=kunming");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("在曲靖市搜索", html, StringComparison.Ordinal);
        var prefectures = ResultPrefectures().Matches(html).Select(m => m.Groups["name"].Value).ToArray();
        Assert.NotEmpty(prefectures);
        Assert.All(prefectures, name => Assert.Equal("曲靖市", name));
        Assert.Contains("hx-get=\"/t/qujing/search/suggest\"", html, StringComparison.Ordinal);

        var (unknown, _) = await GetAsync("/t/no-such-prefecture/search");
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    /// <summary>The demo catalogue is indexed in the background at start-up: wait for it (polling, never sleeping blindly).</summary>
    private async Task DemoIndexedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await ApiAsync("/api/search?q=" + Uri.EscapeDataString("绿色铝") + "&pageSize=1");
            if (page.GetProperty("total").GetInt64() > 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the demo catalogue was not indexed within 60 s");
            await Task.Delay(250);
        }
    }

    private async Task<JsonElement> ApiAsync(string url)
    {
        using var client = portal.App.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var client = portal.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<h3 class=\"result-title\"><a href=\"[^\"]+\">[^<]*<em>[^<]+</em>")]
    private static partial Regex HighlightedTitle();

    [GeneratedRegex("<li class=\"result\">\\s*<p class=\"result-meta\">\\s*<span class=\"kind-badge kind-(?<kind>[a-z]+)\">")]
    private static partial Regex KindBadges();

    [GeneratedRegex("<span class=\"result-prefecture\">(?<name>[^<]+)</span>")]
    private static partial Regex ResultPrefectures();
}
