using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.BuildingBlocks.Http;

/// <summary>The JSON the HTTP API writes.</summary>
public static class PortalJson
{
    /// <summary>
    /// Chinese text leaves as UTF-8 instead of <c>\uXXXX</c> escapes: half the bytes of a search answer
    /// (and of every cached one), and readable. Characters that matter to HTML (<c>&lt; &gt; &amp; ' "</c>)
    /// stay escaped, as the default encoder escapes them.
    /// </summary>
    public static IServiceCollection AddPortalJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
}
