using System.Text.RegularExpressions;

namespace Portal.Tenancy.Domain;

/// <summary>The limits a prefecture's identifiers and names must respect, in one place.</summary>
internal static partial class TenantRules
{
    public const int SlugMaxLength = 32;
    public const int NameMaxLength = 50;
    public const int NameEnMaxLength = 100;
    public const int EmailMaxLength = 256;

    /// <summary>Slugs that would collide with the portal's own paths and host names.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "api", "www", "t", "health", "connect", "account", "static", "assets", "host", "search", "track",
    };

    /// <summary>Lower-case letters, digits and inner hyphens, starting with a letter: safe in URLs and DNS labels.</summary>
    [GeneratedRegex("^[a-z][a-z0-9-]{0,30}[a-z0-9]$", RegexOptions.CultureInvariant)]
    public static partial Regex SlugPattern();

    /// <summary>A prefecture-level code of Yunnan (GB/T 2260): 53, two digits, 00.</summary>
    [GeneratedRegex("^53[0-9]{2}00$", RegexOptions.CultureInvariant)]
    public static partial Regex CodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    public static partial Regex EmailPattern();

    public static bool IsValidSlug(string? slug) =>
        slug is not null && SlugPattern().IsMatch(slug) && !slug.Contains("--", StringComparison.Ordinal) && !ReservedSlugs.Contains(slug);
}
