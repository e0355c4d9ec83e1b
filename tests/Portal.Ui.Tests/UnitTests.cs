using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Http;
using Portal.Ui.Culture;
using Portal.Ui.Errors;
using Portal.Ui.Localization;
using Portal.Ui.Navigation;
using Xunit;

namespace Portal.Ui.Tests;

/// <summary>The UI's small rules, without a server.</summary>
public sealed class UnitTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/t/qujing", true)]
    [InlineData("/t/qujing?culture=en#facts", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("/\t/evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("evil.example", false)]
    [InlineData("~/t/qujing", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_site_relative_urls_are_local(string? url, bool local) =>
        Assert.Equal(local, LocalUrl.IsLocal(url));

    [Fact]
    public void Return_url_keeps_the_page_and_its_query_but_not_the_culture()
    {
        var context = new DefaultHttpContext();
        context.Request.PathBase = "/portal";
        context.Request.Path = "/t/qujing";
        context.Request.QueryString = new QueryString("?culture=en&page=2&UI-Culture=en");

        Assert.Equal("/portal/t/qujing?page=2", CultureSwitch.ReturnUrl(context.Request));
        Assert.Equal(
            "/portal/culture?culture=en&returnUrl=%2Fportal%2Ft%2Fqujing%3Fpage%3D2",
            CultureSwitch.Link(context.Request, "en"));
    }

    [Theory]
    [InlineData("/t/qujing", "/t/qujing")]
    [InlineData("/t/qujing?culture=en", "/t/qujing")]
    [InlineData("/?page=2&culture=en&ui-culture=en", "/?page=2")]
    [InlineData("/t/qujing?page=2#facts", "/t/qujing?page=2#facts")]
    public void A_return_url_loses_only_its_culture_keys(string url, string expected) =>
        Assert.Equal(expected, CultureSwitch.WithoutCultureQuery(url));

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData("zh-cn", "zh-CN")]
    [InlineData("fr", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_the_portal_cultures_can_be_chosen(string? asked, string? chosen) =>
        Assert.Equal(chosen, CultureSwitch.Find(asked)?.Name);

    [Theory]
    [InlineData("/", "NavHome")]
    [InlineData("/t/qujing", "NavPrefectures")]
    [InlineData("/T/Dali", "NavPrefectures")]
    [InlineData("/inquire", "NavInquire")]
    [InlineData("/track", "NavInquire")]
    [InlineData("/account/login", null)]
    public void Navigation_marks_the_section_the_visitor_is_in(string path, string? active)
    {
        var current = SiteNavigation.Main.Where(item => item.IsActive(new PathString(path))).Select(item => item.TextKey);

        Assert.Equal(active is null ? [] : [active], current);
    }

    [Fact]
    public void Every_text_exists_in_Chinese_and_English()
    {
        var resources = new ResourceManager(typeof(UiText).FullName!, typeof(UiText).Assembly);
        var chinese = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var english = Keys(resources.GetResourceSet(new CultureInfo("en"), createIfNotExists: true, tryParents: false));

        Assert.NotEmpty(chinese);
        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));
    }

    [Fact]
    public void Every_navigation_entry_has_a_text()
    {
        var resources = new ResourceManager(typeof(UiText).FullName!, typeof(UiText).Assembly);

        Assert.All(SiteNavigation.Main, item => Assert.False(string.IsNullOrEmpty(resources.GetString(item.TextKey, CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8", true)]
    [InlineData("application/json", false)]
    [InlineData("*/*", false)]
    [InlineData("text/html;q=0", false)]
    public void Html_error_pages_go_to_those_who_accept_html(string accept, bool html)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Accept = accept;

        Assert.Equal(html, HtmlErrorPageWriter.AcceptsHtml(context.Request));
    }

    private static HashSet<string> Keys(ResourceSet? set) =>
        set is null ? [] : [.. set.Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key)];
}
