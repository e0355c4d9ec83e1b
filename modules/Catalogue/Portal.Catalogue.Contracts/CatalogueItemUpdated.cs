using Portal.BuildingBlocks.Outbox;

namespace Portal.Catalogue.Contracts;

/// <summary>A catalogue item's working copy changed; if it is published, the public version stays as it was until the next publish. <see cref="Kind"/> is one of <see cref="CatalogueItemKinds"/>; reload the item by id to see its state now.</summary>
public sealed record CatalogueItemUpdated(string Kind, Guid ItemId, Guid TenantId) : IIntegrationEvent;
