using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.PublishItem;

/// <summary><c>POST /api/admin/{parks|policies|projects}/{id}/publish</c>: the working copy becomes what the public sees, and searchable.</summary>
internal static class PublishItemEndpoint
{
    public static void Map<TItem, TContent>(RouteGroupBuilder items)
        where TItem : CatalogueItem<TContent>
        where TContent : class =>
        items.MapPost("/{id:guid}/publish", (
                Guid id, HttpContext http, CatalogueDbContext db, TimeProvider clock, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken) =>
            PublicationChange.ApplyAsync<TItem, TContent>(
                id, http, db, clock, text,
                (item, now) => item.Publish(now),
                (kind, itemId, tenantId) => new CatalogueItemPublished(kind, itemId, tenantId),
                CatalogueAudit.Published,
                cancellationToken))
        .WithSummary("Publish: the working copy becomes the public version");
}
