namespace Portal.BuildingBlocks.Outbox;

/// <summary>
/// A fact another module may react to, named in the past tense (<c>TenantCreated</c>), published
/// in a module's Contracts project and delivered at least once through the outbox.
/// </summary>
public interface IIntegrationEvent;

/// <summary>
/// Reacts to one kind of integration event. Delivery is at least once, so a handler must be
/// idempotent: reload by id and converge, never append blindly.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
