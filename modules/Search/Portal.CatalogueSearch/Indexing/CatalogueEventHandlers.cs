using Portal.BuildingBlocks.Outbox;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.CatalogueSearch.Indexing;

/// <summary>
/// The catalogue's events, delivered from the catalogue's own outbox (at least once, possibly out of
/// order). Each one only says "look at this item again"; <see cref="CatalogueIndexer"/> decides from the
/// database what the index must hold.
/// </summary>
internal sealed class CatalogueEventHandlers(CatalogueIndexer indexer) :
    IIntegrationEventHandler<CatalogueItemCreated>,
    IIntegrationEventHandler<CatalogueItemUpdated>,
    IIntegrationEventHandler<CatalogueItemPublished>,
    IIntegrationEventHandler<CatalogueItemUnpublished>,
    IIntegrationEventHandler<CatalogueItemArchived>,
    IIntegrationEventHandler<CatalogueItemDeleted>
{
    // Created and updated leave the public version as it was; they are still handled, so that an index
    // that missed a publish converges on the next event about the item.
    public Task HandleAsync(CatalogueItemCreated integrationEvent, CancellationToken cancellationToken) =>
        indexer.ReindexItemAsync(integrationEvent.Kind, integrationEvent.ItemId, publicVersionMayHaveChanged: false, cancellationToken);

    public Task HandleAsync(CatalogueItemUpdated integrationEvent, CancellationToken cancellationToken) =>
        indexer.ReindexItemAsync(integrationEvent.Kind, integrationEvent.ItemId, publicVersionMayHaveChanged: false, cancellationToken);

    public Task HandleAsync(CatalogueItemPublished integrationEvent, CancellationToken cancellationToken) =>
        indexer.ReindexItemAsync(integrationEvent.Kind, integrationEvent.ItemId, publicVersionMayHaveChanged: true, cancellationToken);

    public Task HandleAsync(CatalogueItemUnpublished integrationEvent, CancellationToken cancellationToken) =>
        indexer.ReindexItemAsync(integrationEvent.Kind, integrationEvent.ItemId, publicVersionMayHaveChanged: true, cancellationToken);

    public Task HandleAsync(CatalogueItemArchived integrationEvent, CancellationToken cancellationToken) =>
        indexer.ReindexItemAsync(integrationEvent.Kind, integrationEvent.ItemId, publicVersionMayHaveChanged: true, cancellationToken);

    public Task HandleAsync(CatalogueItemDeleted integrationEvent, CancellationToken cancellationToken) =>
        indexer.ReindexItemAsync(integrationEvent.Kind, integrationEvent.ItemId, publicVersionMayHaveChanged: true, cancellationToken);
}

/// <summary>A prefecture renamed, disabled or enabled (from the Tenancy module's outbox).</summary>
internal sealed class TenantUpdatedHandler(CatalogueIndexer indexer) : IIntegrationEventHandler<TenantUpdated>
{
    public Task HandleAsync(TenantUpdated integrationEvent, CancellationToken cancellationToken) =>
        indexer.ReindexPrefectureAsync(
            new PrefectureDto(integrationEvent.TenantId, integrationEvent.Slug, "", integrationEvent.Name, integrationEvent.NameEn, integrationEvent.IsActive),
            cancellationToken);
}
