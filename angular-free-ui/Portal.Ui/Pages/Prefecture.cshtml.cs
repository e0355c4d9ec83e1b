using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages;

/// <summary>
/// A prefecture's own page, <c>/t/{slug}</c>. The tenant-resolution middleware has already answered
/// 404 for an unknown or disabled slug; the page checks again so that it never renders without one.
/// </summary>
public sealed class PrefectureModel(ITenancyModule tenancy) : PageModel
{
    // Set by OnGetAsync before the page renders; the page never renders without it.
    public PrefectureDto Prefecture { get; private set; } = null!;

    /// <summary>The other open prefectures, for moving on without going back to the home page.</summary>
    public IReadOnlyList<PrefectureDto> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var canonical = slug.ToLowerInvariant();
        var prefecture = await tenancy.FindActivePrefectureAsync(canonical, cancellationToken);
        if (prefecture is null)
        {
            return NotFound();
        }

        // One address per prefecture: /t/Qujing resolves, but links and search engines get /t/qujing.
        if (!string.Equals(slug, canonical, StringComparison.Ordinal))
        {
            return RedirectToPagePermanent("/Prefecture", new { slug = canonical });
        }

        Prefecture = prefecture;
        Others = [.. (await tenancy.ListActivePrefecturesAsync(cancellationToken)).Where(p => p.Id != prefecture.Id)];
        return Page();
    }
}
