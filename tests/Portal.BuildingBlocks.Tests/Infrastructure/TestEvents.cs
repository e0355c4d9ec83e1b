using Portal.BuildingBlocks.Outbox;

namespace Portal.BuildingBlocks.Tests.Infrastructure;

internal sealed record NoteWritten(Guid NoteId, string Text) : IIntegrationEvent;

/// <summary>An event no handler is registered for.</summary>
internal sealed record NobodyListens(Guid Id) : IIntegrationEvent;
