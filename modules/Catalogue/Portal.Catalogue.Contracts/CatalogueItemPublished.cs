using Portal.BuildingBlocks.Outbox;

namespace Portal.Catalogue.Contracts;

/// <summary>A catalogue item's working copy became its public version: index it. <see cref="Kind"/> is one of <see cref="CatalogueItemKinds"/>; reload the item by id to see its state now.</summary>
public sealed record CatalogueItemPublished(string Kind, Guid ItemId, Guid TenantId) : IIntegrationEvent;
