using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Portal.Host.Composition;

/// <summary>
/// Traces, metrics and structured logs through OpenTelemetry, exported over OTLP when an endpoint
/// is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>). The console keeps readable single-line logs;
/// <c>Logging__Console__FormatterName=json</c> makes them JSON for log shippers.
/// </summary>
internal static class PortalObservability
{
    public const string ServiceName = "yunnan-investment-portal";

    public static IServiceCollection AddPortalObservability(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(ServiceName, serviceVersion: typeof(PortalObservability).Assembly.GetName().Version?.ToString())
                .AddAttributes([new("deployment.environment", environment.EnvironmentName)]))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithLogging();

        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
