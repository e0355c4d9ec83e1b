using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.BuildingBlocks.Persistence;

namespace Portal.Host.Composition;

/// <summary>
/// <c>/health/live</c>: the process answers (restart it if not). <c>/health/ready</c>: its databases
/// and, when configured, Redis answer (send it traffic only then).
/// </summary>
internal static class PortalHealth
{
    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ModuleDatabasesHealthCheck>("databases", tags: ["ready"]);
        return services;
    }

    public static void MapPortalHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = WriteAsync,
        }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteAsync,
        }).AllowAnonymous();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            totalMilliseconds = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        }));
    }
}

internal sealed class ModuleDatabasesHealthCheck(IEnumerable<IModuleDatabase> databases, IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var failing = new List<string>();
        foreach (var database in databases)
        {
            try
            {
                if (!await database.CanConnectAsync(scope.ServiceProvider, cancellationToken))
                {
                    failing.Add(database.Schema);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failing.Add(database.Schema);
            }
        }

        return failing.Count == 0
            ? HealthCheckResult.Healthy($"{databases.Count()} module databases answer")
            : HealthCheckResult.Unhealthy($"Not answering: {string.Join(", ", failing)}");
    }
}
