using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.UnpublishItem;

/// <summary>
/// <c>POST /api/admin/{parks|policies|projects}/{id}/unpublish</c>: back to draft, gone from the public
/// site and search. Also how an archived item is brought back to be edited.
/// </summary>
internal static class UnpublishItemEndpoint
{
    public static void Map<TItem, TContent>(RouteGroupBuilder items)
        where TItem : CatalogueItem<TContent>
        where TContent : class =>
        items.MapPost("/{id:guid}/unpublish", (
                Guid id, HttpContext http, CatalogueDbContext db, TimeProvider clock, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken) =>
            PublicationChange.ApplyAsync<TItem, TContent>(
                id, http, db, clock, text,
                (item, now) => item.Unpublish(now),
                (kind, itemId, tenantId) => new CatalogueItemUnpublished(kind, itemId, tenantId),
                CatalogueAudit.Unpublished,
                cancellationToken))
        .WithSummary("Unpublish: back to draft, no longer public");
}
