using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Localization;
using Portal.Catalogue.Contracts;
using Portal.Inquiries.Contracts;

namespace Portal.Ui.Pages.Inquiries;

/// <summary>How the inquiry pages show codes (stages, sources…), names, amounts and times.</summary>
internal static class InquiryFormat
{
    // China Standard Time has had no daylight saving since 1991: a fixed offset is exact.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static string Stage(IStringLocalizer text, string? stage) => Code(text, "Stage_", stage);

    public static string Source(IStringLocalizer text, string? source) => Code(text, "Source_", source);

    public static string Sector(IStringLocalizer text, string? sector) => Code(text, "Sector_", sector);

    public static string CloseReason(IStringLocalizer text, string? reason) => Code(text, "CloseReason_", reason);

    public static string NextStep(IStringLocalizer text, string? step) => Code(text, "NextStep_", step);

    public static string TimelineKind(IStringLocalizer text, string? kind) => Code(text, "Kind_", kind);

    public static string DeadlineStep(IStringLocalizer text, string? step) => Code(text, "Deadline_", step);

    /// <summary>A timeline entry's detail as "label: value", with codes shown as their labels; null for what people need not read (ids).</summary>
    public static string? DataItem(IStringLocalizer text, string key, string value)
    {
        if (key.EndsWith("Id", StringComparison.Ordinal))
        {
            return null;
        }

        var label = text["Data_" + key];
        var shown = key switch
        {
            "source" => Source(text, value),
            "from" or "to" => Stage(text, value),
            "reason" => CloseReason(text, value),
            "sector" => Sector(text, value),
            "matchedOn" => Code(text, "Data_", value),
            "channel" => Code(text, "Data_channel_", value),
            "industrial" or "waiting" => bool.TryParse(value, out var flag) ? text[flag ? "Yes" : "No"].Value : value,
            _ => value,
        };
        return (label.ResourceNotFound ? key : label.Value) + ": " + shown;
    }

    public static string Prefecture(InquiryPrefectureDto prefecture) =>
        PortalCultures.IsEnglish && !string.IsNullOrWhiteSpace(prefecture.NameEn) ? prefecture.NameEn : prefecture.Name;

    public static string Prefecture(TrackedPrefectureDto prefecture) =>
        PortalCultures.IsEnglish && !string.IsNullOrWhiteSpace(prefecture.NameEn) ? prefecture.NameEn : prefecture.Name;

    public static string Chain(IReadOnlyList<IndustryChainDto> chains, string? code)
    {
        var chain = chains.FirstOrDefault(candidate => candidate.Code == code);
        return chain is null ? code ?? "—" : PortalCultures.IsEnglish ? chain.NameEn : chain.NameZh;
    }

    public static string ChainName(this IndustryChainDto chain) => PortalCultures.IsEnglish ? chain.NameEn : chain.NameZh;

    /// <summary>An amount in 万元 (or 亩, kW): grouped, at most two decimals.</summary>
    public static string Amount(decimal? value) => value is { } number ? number.ToString("#,0.##", CultureInfo.InvariantCulture) : "—";

    /// <summary>A moment as people in Yunnan read it (China Standard Time).</summary>
    public static string Time(DateTimeOffset at) => at.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => at.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>Today in China Standard Time, for date inputs' defaults.</summary>
    public static string Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaStandardTime).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A code the resources do not know (a newer backend) is shown as it is rather than as an empty string.
    private static string Code(IStringLocalizer text, string prefix, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "—";
        }

        var localized = text[prefix + code];
        return localized.ResourceNotFound ? code : localized.Value;
    }
}
