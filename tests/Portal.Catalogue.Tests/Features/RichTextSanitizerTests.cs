using Portal.Catalogue.Features;
using Xunit;

namespace Portal.Catalogue.Tests.Features;

public sealed class RichTextSanitizerTests
{
    private static readonly RichTextSanitizer Sanitizer = new();

    [Fact]
    public void Scripts_are_removed_and_the_text_around_them_kept()
    {
        var clean = Sanitizer.Sanitize("<p>第一条</p><script>alert('x')</script><p>第二条</p>");

        Assert.Equal("<p>第一条</p><p>第二条</p>", clean);
    }

    [Fact]
    public void Event_handlers_styles_and_javascript_urls_are_removed()
    {
        var clean = Sanitizer.Sanitize("""<p onclick="steal()" style="position:fixed">文</p><a href="javascript:alert(1)">点</a><img src="x" onerror="steal()">""")!;

        Assert.DoesNotContain("onclick", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", clean, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("文", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_are_kept_and_marked_as_not_vouched_for()
    {
        var clean = Sanitizer.Sanitize("""<p><a href="https://www.yn.gov.cn/" target="_blank" rel="opener">省政府网站</a></p>""");

        Assert.Equal("""<p><a href="https://www.yn.gov.cn/" target="_blank" rel="noopener noreferrer nofollow">省政府网站</a></p>""", clean);
    }

    [Fact]
    public void Forms_frames_and_objects_do_not_survive()
    {
        var clean = Sanitizer.Sanitize("""<form action="https://evil.example"><input name="pwd"><button>登录</button></form><iframe src="https://evil.example"></iframe><object data="x"></object><p>正文</p>""")!;

        foreach (var tag in new[] { "<form", "<input", "<button", "<iframe", "<object" })
        {
            Assert.DoesNotContain(tag, clean, StringComparison.OrdinalIgnoreCase);
        }

        Assert.EndsWith("<p>正文</p>", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void The_structure_of_a_policy_text_survives()
    {
        const string html = "<h3>第一条</h3><ol><li>用地</li></ol><table><thead><tr><th>档次</th></tr></thead><tbody><tr><td colspan=\"2\">1000 万元</td></tr></tbody></table><p><strong>注</strong></p>";

        Assert.Equal(html, Sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("<script>alert(1)</script>")]
    public void Nothing_safe_left_is_nothing(string? html) => Assert.Null(Sanitizer.Sanitize(html));
}
