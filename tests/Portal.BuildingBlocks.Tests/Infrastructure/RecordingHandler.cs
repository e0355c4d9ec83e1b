using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;

namespace Portal.BuildingBlocks.Tests.Infrastructure;

/// <summary>What the handler of one node does after recording the delivery; set per test.</summary>
internal sealed class HandlerScript(string node)
{
    public string Node => node;

    public Func<NoteWritten, CancellationToken, Task> Behaviour { get; set; } = (_, _) => Task.CompletedTask;
}

internal sealed class RecordingHandler(DeliveryLog log, HandlerScript script, ICurrentTenant currentTenant, TestDbContext db)
    : IIntegrationEventHandler<NoteWritten>
{
    public async Task HandleAsync(NoteWritten integrationEvent, CancellationToken cancellationToken)
    {
        var noteId = integrationEvent.NoteId;
        log.Enter(noteId);
        try
        {
            log.TenantSeen[noteId] = currentTenant.Id;
            log.NoteVisible[noteId] = await db.Notes.AnyAsync(n => n.Id == noteId, cancellationToken);
            await script.Behaviour(integrationEvent, cancellationToken);
            log.Completed.AddOrUpdate(noteId, 1, (_, count) => count + 1);
            log.DeliveredBy[noteId] = script.Node;
        }
        finally
        {
            log.Exit(noteId);
        }
    }
}
