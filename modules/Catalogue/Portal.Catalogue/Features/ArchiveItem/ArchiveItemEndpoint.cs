using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.ArchiveItem;

/// <summary><c>POST /api/admin/{parks|policies|projects}/{id}/archive</c>: kept for the record, no longer public, no longer editable.</summary>
internal static class ArchiveItemEndpoint
{
    public static void Map<TItem, TContent>(RouteGroupBuilder items)
        where TItem : CatalogueItem<TContent>
        where TContent : class =>
        items.MapPost("/{id:guid}/archive", (
                Guid id, HttpContext http, CatalogueDbContext db, TimeProvider clock, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken) =>
            PublicationChange.ApplyAsync<TItem, TContent>(
                id, http, db, clock, text,
                (item, now) => item.Archive(now),
                (kind, itemId, tenantId) => new CatalogueItemArchived(kind, itemId, tenantId),
                CatalogueAudit.Archived,
                cancellationToken))
        .WithSummary("Archive: keep for the record, no longer public");
}
