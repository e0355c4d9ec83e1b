using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace Portal.BuildingBlocks.Localization;

/// <summary>zh-CN first; English for visitors and clients that ask for it.</summary>
public static class PortalCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly CultureInfo[] Supported = [new(Chinese), new(English)];

    public static RequestLocalizationOptions RequestLocalization()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = Supported,
            SupportedUICultures = Supported,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };

        // The order says who wins: an explicit ?culture= link, then the visitor's saved choice,
        // then what the browser or client asks for.
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
