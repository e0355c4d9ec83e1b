using System.Collections;
using System.Globalization;
using System.Resources;
using Portal.Identity.Contracts;
using Portal.Ui.Localization;
using Portal.Ui.Pages.Connect;
using Xunit;

namespace Portal.Ui.Tests.Oidc;

/// <summary>The consent page's texts: both languages, and a text for every scope and permission it may show.</summary>
public sealed class ConsentTextTests
{
    private static readonly ResourceManager Resources = new(typeof(ConnectText).FullName!, typeof(ConnectText).Assembly);

    [Fact]
    public void Every_consent_text_exists_in_Chinese_and_English()
    {
        var chinese = Keys(CultureInfo.InvariantCulture);
        var english = Keys(new CultureInfo("en"));

        Assert.NotEmpty(chinese);
        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));
    }

    [Fact]
    public void Every_scope_and_every_permission_has_a_text_in_both_languages()
    {
        foreach (var culture in new[] { CultureInfo.InvariantCulture, new CultureInfo("en") })
        {
            foreach (var scope in OidcScopes.All)
            {
                var (key, permission) = ConsentModel.ScopeText(scope);
                Assert.False(string.IsNullOrEmpty(Resources.GetString(key, culture)), $"{key} ({culture.Name})");
                if (permission is not null)
                {
                    Assert.False(string.IsNullOrEmpty(Resources.GetString("Permission_" + permission, culture)), $"{permission} ({culture.Name})");
                }
            }

            foreach (var permission in Permissions.All)
            {
                Assert.False(string.IsNullOrEmpty(Resources.GetString("Permission_" + permission, culture)), $"{permission} ({culture.Name})");
            }
        }
    }

    [Theory]
    [InlineData("openid", "Scope_openid", null)]
    [InlineData("portal.api", "Scope_portal.api", null)]
    [InlineData("portal.reports.read", "Scope_permission", "reports.read")]
    public void A_permission_scope_is_described_by_its_permission(string scope, string key, string? permission) =>
        Assert.Equal((key, permission), ConsentModel.ScopeText(scope));

    [Fact]
    public void Permission_scopes_give_only_what_the_person_holds()
    {
        string[] held = ["reports.read", "catalogue.manage"];

        Assert.Equal(["catalogue.manage", "reports.read"], OidcScopes.PermissionsFor(["openid", "portal.api"], held));
        Assert.Equal(["reports.read"], OidcScopes.PermissionsFor(["portal.reports.read", "portal.tenants.manage"], held));
        Assert.Empty(OidcScopes.PermissionsFor(["openid", "profile"], held));
    }

    private static HashSet<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set
            ? [.. set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)]
            : [];
}
