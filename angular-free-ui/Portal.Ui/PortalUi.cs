using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.WebEncoders;
using Portal.Ui.Culture;
using Portal.Ui.Errors;

namespace Portal.Ui;

/// <summary>
/// The server-rendered web UI (Razor Pages + htmx): public pages at <c>/</c> and <c>/t/{slug}</c>,
/// later the catalogue, the back office under <c>/admin</c> and the login. The host calls these two
/// methods and nothing else; everything the UI needs is registered and mapped here.
/// </summary>
public static class PortalUi
{
    public static IServiceCollection AddPortalUi(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddRazorPages();
        Pages.Admin.AdminPages.AddAdminPages(services);

        // Razor's encoder escapes everything outside Basic Latin by default, so 曲靖市 would leave as
        // &#x66F2;&#x9756;&#x5E02;: three times the bytes and unreadable source. Letting every
        // Unicode range through still escapes the characters that matter in HTML (< > & ' ").
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // First in the list: ProblemDetailsService asks its writers in registration order and the
        // default JSON writer says yes to every request, so the HTML page must be asked before it.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, HtmlErrorPageWriter>());
        return services;
    }

    public static IEndpointRouteBuilder MapPortalUi(this IEndpointRouteBuilder endpoints)
    {
        IncludeLibraryAssetsOutsideDevelopment(endpoints.ServiceProvider);

        // Static files of this library (and any other) from the build's static-asset manifest:
        // compressed variants, ETags, and fingerprinted URLs cached for a year (immutable).
        endpoints.MapStaticAssets();

        // WithStaticAssets lets ~/ links in views resolve to those fingerprinted URLs.
        endpoints.MapRazorPages().WithStaticAssets();
        endpoints.MapCultureSwitch();
        return endpoints;
    }

    /// <summary>
    /// Run from build output (<c>dotnet run</c> without a Development environment, integration tests),
    /// this library's wwwroot is not copied next to the host: ASP.NET Core finds it through the
    /// <c>*.staticwebassets.runtime.json</c> manifest, which it reads by itself only in Development.
    /// Read it in every other environment too; a published app has no such manifest (its files sit in
    /// wwwroot) and the call does nothing.
    /// </summary>
    private static void IncludeLibraryAssetsOutsideDevelopment(IServiceProvider services)
    {
        var environment = services.GetRequiredService<IWebHostEnvironment>();
        if (!environment.IsDevelopment())
        {
            StaticWebAssetsLoader.UseStaticWebAssets(environment, services.GetRequiredService<IConfiguration>());
        }
    }
}
