using Microsoft.AspNetCore.Mvc;
using Portal.Catalogue.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>A preview's media point at the edit page's media handler: the public <c>/media</c> URLs serve published items only.</summary>
internal static class PreviewMedia
{
    public static IReadOnlyList<PublishedMediaDto> ThroughBackOffice(
        IUrlHelper url, string items, Guid id, IReadOnlyList<PublishedMediaDto> media, string? routeValue) =>
        [.. media.Select(m => m with
        {
            Url = Relative(CatalogueEditPage.MediaUrl(url, items, id, m.Id, thumb: false, routeValue), url),
            ThumbnailUrl = m.ThumbnailUrl is null ? null : Relative(CatalogueEditPage.MediaUrl(url, items, id, m.Id, thumb: true, routeValue), url),
        })];

    /// <summary>The views prefix media URLs with <c>~</c>: give them the path without the application's base.</summary>
    private static string Relative(string content, IUrlHelper url)
    {
        var pathBase = url.ActionContext.HttpContext.Request.PathBase.Value ?? "";
        return pathBase.Length > 0 && content.StartsWith(pathBase, StringComparison.Ordinal) ? content[pathBase.Length..] : content;
    }
}
