using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Features;

/// <summary>Where an item stands after publish, unpublish or archive.</summary>
internal sealed record PublicationResponse(
    Guid Id, string Kind, string Status, int Version, bool HasUnpublishedChanges, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt)
{
    public static PublicationResponse From<TContent>(CatalogueItem<TContent> item)
        where TContent : class =>
        new(item.Id, item.Kind, PublicationStatusCodes.Of(item.Status), item.Version, item.HasUnpublishedChanges, item.UpdatedAt, item.PublishedAt);
}
