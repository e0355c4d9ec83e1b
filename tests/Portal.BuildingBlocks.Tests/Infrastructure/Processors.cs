using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Outbox;

namespace Portal.BuildingBlocks.Tests.Infrastructure;

internal static class Processors
{
    /// <summary>A new processor (its own lease owner) on <paramref name="node"/>, as the hosted dispatcher gets one.</summary>
    public static OutboxProcessor<TestDbContext> NewProcessor(this IServiceProvider node) =>
        node.GetRequiredService<OutboxProcessor<TestDbContext>>();

    public static HandlerScript Script(this IServiceProvider node) => node.GetRequiredService<HandlerScript>();

    public static Dictionary<string, string?> Outbox(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => "Portal:Outbox:" + s.Key, s => (string?)s.Value, StringComparer.Ordinal);
}
