using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Outbox;
using Portal.Testing;
using Xunit;

namespace Portal.Audit.Tests;

/// <summary>What the audit tests do through the HTTP API (and, for planting events, the handler itself).</summary>
internal static class AuditApi
{
    private static int _next = 10;

    public static async Task<(string Slug, Guid Id)> CreatePrefectureAsync(HttpClient host, string name = "测试州", string nameEn = "Test")
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var n = Interlocked.Increment(ref _next);
            var slug = $"audit-{n}-{Guid.NewGuid().ToString("N")[..6]}";
            var code = $"53{n % 100:00}00";
            using var response = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name, nameEn });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var body = await response.ReadJsonAsync();
                return (slug, body.GetProperty("id").GetGuid());
            }

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        }

        throw new InvalidOperationException("No free prefecture code left.");
    }

    /// <summary>A machine client of the prefecture, created by the host; it gets the host's permissions that a prefecture may hold.</summary>
    public static async Task<HttpClient> CreatePrefectureClientAsync(PortalApp app, HttpClient host, string slug, string[]? permissions = null)
    {
        object body = permissions is null
            ? new { displayName = $"审计测试 {slug}", tenant = slug }
            : new { displayName = $"审计测试 {slug}", tenant = slug, permissions };
        using var created = await host.PostAsJsonAsync("/api/admin/clients", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await created.ReadJsonAsync();
        return await app.CreateClientForAsync(answer.GetProperty("clientId").GetString()!, answer.GetProperty("clientSecret").GetString()!);
    }

    /// <summary>Delivers an event to the audit handler as the outbox would, inside the event's tenant.</summary>
    public static async Task DeliverAsync(PortalApp app, AuditRecorded audited)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<Portal.BuildingBlocks.MultiTenancy.ICurrentTenant>();
        using (tenant.Change(audited.TenantId))
        {
            foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<AuditRecorded>>())
            {
                await handler.HandleAsync(audited, CancellationToken.None);
            }
        }
    }

    public static AuditRecorded Event(Guid? tenantId, string action, string entityId, string actorName = "测试用户") =>
        AuditRecordedFactory.Create(
            AuditActor.Known("user-" + entityId, actorName, ActorKinds.User, "10.0.0.1"),
            tenantId,
            DateTimeOffset.UtcNow,
            action,
            "park",
            entityId,
            new AuditChanges().Set("name", "滇池园区"));

    public static async Task<JsonElement> GetAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri("/api/admin/audit" + query, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Polls until the query finds at least <paramref name="count"/> entries (delivery is asynchronous), or fails after a timeout.</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient client, string query, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var page = await GetAsync(client, query);
            if (page.GetProperty("total").GetInt32() >= count)
            {
                return page;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No {count} audit entries for {query} within 30 s; last answer: {page}");
            }

            await Task.Delay(100);
        }
    }

    public static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();
}
