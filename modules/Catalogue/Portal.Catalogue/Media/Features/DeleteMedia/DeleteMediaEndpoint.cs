using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.Storage;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Media.Features.DeleteMedia;

/// <summary>
/// <c>DELETE /api/admin/{parks|projects}/{id}/photos/{photoId}</c> and
/// <c>DELETE /api/admin/policies/{id}/attachments/{attachmentId}</c>: the row, then its bytes.
/// </summary>
internal static class DeleteMediaEndpoint
{
    public static void Map(RouteGroupBuilder admin, string items, string ownerKind, string segment, string mediaKind) => admin
        .MapDelete($"/{items}/{{id:guid}}/{segment}/{{mediaId:guid}}", async Task<Results<NoContent, ProblemHttpResult>> (
            Guid id, Guid mediaId, HttpContext http, CatalogueDbContext db, IMediaStorage storage, ILoggerFactory loggers,
            CancellationToken cancellationToken) =>
        {
            var media = await db.MediaItems.FirstOrDefaultAsync(
                m => m.Id == mediaId && m.OwnerId == id && m.OwnerKind == ownerKind && m.Kind == mediaKind, cancellationToken);
            if (media is null)
            {
                return PortalResults.NotFound();
            }

            await MediaStore.RemoveAsync(db, storage, http, media, loggers.CreateLogger(typeof(DeleteMediaEndpoint)), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithSummary(mediaKind == MediaKinds.Photo ? "Remove a photo" : "Remove an attachment");
}
