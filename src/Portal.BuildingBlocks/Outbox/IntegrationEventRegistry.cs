namespace Portal.BuildingBlocks.Outbox;

/// <summary>
/// Maps the type name stored in an outbox row back to the event type whose handlers were
/// registered explicitly; a name nobody registered has no listener in this process.
/// </summary>
internal sealed class IntegrationEventRegistry
{
    private readonly Dictionary<string, IntegrationEventRegistration> _byName = new(StringComparer.Ordinal);

    public IntegrationEventRegistry(IEnumerable<IntegrationEventRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            if (_byName.TryGetValue(registration.TypeName, out var existing))
            {
                // Two handlers of one event register it twice: fine. Two types with one name: ambiguous payloads.
                if (existing.EventType != registration.EventType)
                {
                    throw new InvalidOperationException(
                        $"Integration events {existing.EventType.AssemblyQualifiedName} and {registration.EventType.AssemblyQualifiedName} share the name '{registration.TypeName}'.");
                }

                continue;
            }

            _byName.Add(registration.TypeName, registration);
        }
    }

    public IntegrationEventRegistration? Find(string typeName) => _byName.GetValueOrDefault(typeName);
}
