using Portal.BuildingBlocks.Localization;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Localization;

/// <summary>How a prefecture is named in the visitor's language, and in the other one beside it.</summary>
internal static class PrefectureNames
{
    /// <summary>The official suffix of the eight autonomous prefectures (自治州); the others are cities (市).</summary>
    private const string AutonomousSuffix = "自治州";

    public static string DisplayName(this PrefectureDto prefecture) =>
        PortalCultures.IsEnglish ? English(prefecture) : prefecture.Name;

    /// <summary>The name in the other language, shown smaller: visitors recognise either form.</summary>
    public static string SecondaryName(this PrefectureDto prefecture) =>
        PortalCultures.IsEnglish ? prefecture.Name : English(prefecture);

    public static bool IsAutonomousPrefecture(this PrefectureDto prefecture) =>
        prefecture.Name.EndsWith(AutonomousSuffix, StringComparison.Ordinal);

    // A tenant created without an English name still shows something readable.
    private static string English(PrefectureDto prefecture) =>
        string.IsNullOrWhiteSpace(prefecture.NameEn) ? prefecture.Name : prefecture.NameEn;
}
