using Microsoft.Extensions.Localization;

namespace Portal.Ui.Pages.Admin;

/// <summary>Names people read for the internal keys of roles and permissions.</summary>
internal static class AdminLabels
{
    /// <summary>A default role's localized name (<c>Role_{name}</c>), else the given fallback (a custom role's own name).</summary>
    public static string Role(IStringLocalizer text, string name, string? fallback = null)
    {
        var localized = text["Role_" + name];
        return localized.ResourceNotFound ? fallback ?? name : localized.Value;
    }

    public static string Permission(IStringLocalizer text, string permission)
    {
        var localized = text["Permission_" + permission];
        return localized.ResourceNotFound ? permission : localized.Value;
    }
}
