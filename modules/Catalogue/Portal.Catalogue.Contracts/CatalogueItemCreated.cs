using Portal.BuildingBlocks.Outbox;

namespace Portal.Catalogue.Contracts;

/// <summary>A prefecture created a catalogue item, as a draft: nothing public changed. <see cref="Kind"/> is one of <see cref="CatalogueItemKinds"/>; reload the item by id to see its state now.</summary>
public sealed record CatalogueItemCreated(string Kind, Guid ItemId, Guid TenantId) : IIntegrationEvent;
