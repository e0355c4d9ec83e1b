using Microsoft.AspNetCore.Http;

namespace Portal.Ui.Navigation;

/// <summary>
/// One entry of the main navigation. <paramref name="TextKey"/> names a UiText resource;
/// <paramref name="ActivePrefixes"/> are the paths under which the entry shows as current
/// (an empty list means only <paramref name="Href"/> itself).
/// </summary>
internal sealed record NavigationItem(string TextKey, string Href, params string[] ActivePrefixes)
{
    public bool IsActive(PathString path)
    {
        if (ActivePrefixes.Length == 0)
        {
            return path.Equals(new PathString(Href), StringComparison.OrdinalIgnoreCase)
                || (Href == "/" && !path.HasValue);
        }

        return ActivePrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>
/// The main navigation of the public site, in display order. Only pages that exist are listed:
/// a later feature adds its entry here in the same change that adds its page (parks, policies,
/// projects, inquiry, tracking), so no link ever leads nowhere.
/// </summary>
internal static class SiteNavigation
{
    public static IReadOnlyList<NavigationItem> Main { get; } =
    [
        new("NavHome", "/"),
        new("NavSearch", "/search", "/search"),
        new("NavPrefectures", "/#prefectures", "/t"),
        new("NavInquire", "/inquire", "/inquire", "/track"),
    ];
}
