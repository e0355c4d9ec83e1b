using System.Text.RegularExpressions;

namespace Portal.Catalogue.Domain;

/// <summary>The limits of an industry chain's fields, in one place.</summary>
internal static partial class IndustryChainLimits
{
    public const int CodeMaxLength = 40;
    public const int NameZhMaxLength = 30;
    public const int NameEnMaxLength = 80;

    /// <summary>Lower-case words joined by hyphens (<c>new-energy-battery</c>): stable in URLs and the API.</summary>
    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex CodePattern();
}
