using Microsoft.AspNetCore.Http;
using Portal.BuildingBlocks.MultiTenancy;

namespace Portal.BuildingBlocks.Tests.MultiTenancy;

public sealed class TenantSlugTests
{
    [Theory]
    [InlineData("qujing.example.org", "example.org", "qujing")]
    [InlineData("QuJing.Example.ORG", "example.org", "qujing")]
    [InlineData("qujing.example.org", ".example.org", "qujing")]
    [InlineData("qujing.example.org", " example.org ", "qujing")]
    [InlineData("www.example.org", "example.org", null)]
    [InlineData("example.org", "example.org", null)]
    [InlineData("a.qujing.example.org", "example.org", null)]
    [InlineData("qujingexample.org", "example.org", null)]
    [InlineData("qujing.example.org.evil.test", "example.org", null)]
    [InlineData("qujing.example.org", null, null)]
    [InlineData("qujing.example.org", "  ", null)]
    [InlineData("localhost", "example.org", null)]
    public void Slug_from_host(string host, string? suffix, string? expected) =>
        Assert.Equal(expected, TenantResolutionMiddleware.SlugFromHost(host, suffix));

    [Theory]
    [InlineData("/t/qujing", "qujing")]
    [InlineData("/t/qujing/", "qujing")]
    [InlineData("/t/qujing/parks/42", "qujing")]
    [InlineData("/t/QuJing/parks", "qujing")]
    [InlineData("/T/qujing", "qujing")]
    [InlineData("/t/", null)]
    [InlineData("/t//parks", null)]
    [InlineData("/t", null)]
    [InlineData("/tx/qujing", null)]
    [InlineData("/api/t/qujing", null)]
    [InlineData("/", null)]
    [InlineData("", null)]
    public void Slug_from_path(string path, string? expected) =>
        Assert.Equal(expected, TenantResolutionMiddleware.SlugFromPath(new PathString(path)));
}
