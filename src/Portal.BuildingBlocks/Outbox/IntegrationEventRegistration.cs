using Microsoft.Extensions.DependencyInjection;

namespace Portal.BuildingBlocks.Outbox;

/// <summary>
/// One event type a handler was registered for. The dispatch delegate is built where the event
/// type is known statically, so delivery needs no reflection over handler interfaces.
/// </summary>
internal sealed record IntegrationEventRegistration(
    Type EventType,
    Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task> Dispatch)
{
    public string TypeName => OutboxMessage.TypeName(EventType);

    public static IntegrationEventRegistration For<TEvent>()
        where TEvent : IIntegrationEvent =>
        new(typeof(TEvent), DispatchAsync<TEvent>);

    private static async Task DispatchAsync<TEvent>(
        IServiceProvider services, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        // Every handler must succeed; a failure retries the whole message, so handlers are idempotent.
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)integrationEvent, cancellationToken);
        }
    }
}
