using System.Globalization;
using System.Resources;

namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>
/// The reasons given for a suggestion (zh-CN in SuggestionMessages.resx, English beside it). A
/// suggestion carries both texts at once, because the bureau reads it in either language later, so
/// they are read per culture rather than through the request's culture.
/// </summary>
internal static class SuggestionMessages
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly ResourceManager Resources = new(
        "Portal.Inquiries.Routing.Suggestions.SuggestionMessages", typeof(SuggestionMessages).Assembly);

    public static string Format(CultureInfo culture, string key, params object[] arguments)
    {
        var format = Resources.GetString(key, culture)
            ?? throw new InvalidOperationException($"The suggestion message '{key}' is missing.");
        return string.Format(culture, format, arguments);
    }

    /// <summary>A code (incentive kind, park level) in words; an unknown code is shown as it is.</summary>
    public static string Term(CultureInfo culture, string prefix, string code) =>
        Resources.GetString($"{prefix}.{code}", culture) ?? code;

    /// <summary>Amounts as people write them: no trailing zeros, no thousands separator (1200 亩, 0.35 元/kWh).</summary>
    public static string Amount(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
