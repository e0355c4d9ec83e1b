using Portal.BuildingBlocks.Outbox;

namespace Portal.Catalogue.Contracts;

/// <summary>A catalogue item was archived: it is no longer public. <see cref="Kind"/> is one of <see cref="CatalogueItemKinds"/>; reload the item by id to see its state now.</summary>
public sealed record CatalogueItemArchived(string Kind, Guid ItemId, Guid TenantId) : IIntegrationEvent;
