using System.Collections;
using System.Globalization;
using System.Resources;
using Portal.Ui.Localization;
using Portal.Ui.Pages.Admin;
using Xunit;

namespace Portal.Ui.Tests.Admin;

/// <summary>The back office's texts exist in both languages, and so does every side-navigation entry's.</summary>
public sealed class AdminTextTests
{
    private static readonly ResourceManager Resources = new(typeof(AdminText).FullName!, typeof(AdminText).Assembly);

    [Fact]
    public void Every_back_office_text_exists_in_Chinese_and_English()
    {
        var chinese = Keys(CultureInfo.InvariantCulture);
        var english = Keys(new CultureInfo("en"));

        Assert.NotEmpty(chinese);
        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));
    }

    [Fact]
    public void Every_side_navigation_entry_and_permission_has_a_text()
    {
        Assert.All(AdminNavigation.Items, item => Assert.False(string.IsNullOrEmpty(Resources.GetString(item.TextKey, CultureInfo.InvariantCulture))));
        Assert.All(Identity.Contracts.Permissions.All, permission =>
            Assert.False(string.IsNullOrEmpty(Resources.GetString("Permission_" + permission, CultureInfo.InvariantCulture))));
    }

    private static HashSet<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set
            ? [.. set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)]
            : [];
}
