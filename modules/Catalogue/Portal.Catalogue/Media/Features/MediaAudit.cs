using Microsoft.AspNetCore.Http;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Outbox;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Media.Features;

/// <summary>
/// Audit entries of media, beside the change in the catalogue's outbox like <see cref="Catalogue.Features.CatalogueAudit"/>:
/// <c>{kind}.{photo|attachment}-added</c> and <c>…-removed</c> on the owning item, naming the media.
/// </summary>
internal static class MediaAudit
{
    public const string Added = "added";
    public const string Removed = "removed";

    public static void AuditMedia(this CatalogueDbContext db, HttpContext http, MediaItem media, string verb)
    {
        var changes = new AuditChanges()
            .Set(media.Kind, media.Id)
            .Set("contentType", media.ContentType)
            .Set("length", media.Length)
            .Set("sha256", media.Sha256);
        if (media.FileName is not null)
        {
            changes.Set("fileName", media.FileName);
        }

        db.AddIntegrationEvent(AuditRecordedFactory.FromHttp(
            http, $"{media.OwnerKind}.{media.Kind}-{verb}", media.OwnerKind, media.OwnerId.ToString(), changes));
    }
}
