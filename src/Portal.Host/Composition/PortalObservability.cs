using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Portal.Host.Composition;

/// <summary>
/// Traces and metrics through OpenTelemetry. They are always collected (cheap) and exported over
/// OTLP only when an endpoint is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).
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
                .AddRuntimeInstrumentation());

        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
