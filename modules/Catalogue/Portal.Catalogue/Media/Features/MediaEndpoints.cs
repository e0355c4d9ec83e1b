using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Storage;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Features;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Media.Features.DeleteMedia;
using Portal.Catalogue.Media.Features.RemoveMediaOfDeletedItem;
using Portal.Catalogue.Media.Features.ServeMedia;
using Portal.Catalogue.Media.Features.UploadAttachment;
using Portal.Catalogue.Media.Features.UploadPhoto;
using Portal.Identity.Contracts;

namespace Portal.Catalogue.Media.Features;

/// <summary>Photos of parks and projects, PDF attachments of policies: their services and routes.</summary>
internal static class MediaEndpoints
{
    /// <summary>The media storage (the file system under <c>{Portal:DataPath}/media</c> unless another was registered).</summary>
    public static IServiceCollection AddCatalogueMedia(this IServiceCollection services) => services
        .AddMediaStorage()
        .AddIntegrationEventHandler<CatalogueItemDeleted, RemoveMediaOfDeletedItemHandler>();

    public static void MapCatalogueMedia(this IEndpointRouteBuilder endpoints)
    {
        ServeMediaEndpoint.MapPublic(endpoints);

        var admin = endpoints
            .MapGroup("/api/admin")
            .RequireAuthorization(Permissions.CatalogueManage)
            .AddEndpointFilter<PrefectureRequiredFilter>()
            .WithTags("Media");
        UploadPhotoEndpoint.Map(admin, "parks", CatalogueItemKinds.Park);
        UploadPhotoEndpoint.Map(admin, "projects", CatalogueItemKinds.Project);
        UploadAttachmentEndpoint.Map(admin);
        DeleteMediaEndpoint.Map(admin, "parks", CatalogueItemKinds.Park, "photos", MediaKinds.Photo);
        DeleteMediaEndpoint.Map(admin, "projects", CatalogueItemKinds.Project, "photos", MediaKinds.Photo);
        DeleteMediaEndpoint.Map(admin, "policies", CatalogueItemKinds.Policy, "attachments", MediaKinds.Attachment);
        ServeMediaEndpoint.MapAdmin(admin);
    }
}
