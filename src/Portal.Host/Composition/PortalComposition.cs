using Microsoft.AspNetCore.HttpOverrides;
using Portal.BuildingBlocks;
using Portal.BuildingBlocks.Caching;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.Localization;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Ui;
using Scalar.AspNetCore;

namespace Portal.Host.Composition;

/// <summary>The composition root: which services the portal has and in which order a request meets them.</summary>
internal static class PortalComposition
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.SectionName));
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddSingleton(TimeProvider.System);
        services.AddLocalization();
        services.AddPortalProblemDetails();
        services.AddPortalJson();
        services.AddPortalCaching(configuration);
        services.AddPortalHealthChecks();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "云南省投资促进门户 API · Yunnan Investment Portal API";
            document.Info.Version = "v1";
            return Task.CompletedTask;
        }));
        services.AddPortalObservability(configuration, builder.Environment);
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = RequestBodyLimitMiddleware.DefaultLimitBytes;
            kestrel.AddServerHeader = false;
        });

        foreach (var module in PortalModules.All)
        {
            module.AddServices(services, configuration);
        }

        services.AddPortalUi();
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseForwardedHeaders();

        // Culture first: problem details written on the way out must still speak the caller's language.
        app.UseRequestLocalization(PortalCultures.RequestLocalization());
        app.UsePortalProblemDetails();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapPortalHealth();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api-reference", options => options
            .WithTitle("云南省投资促进门户 API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();

        foreach (var module in PortalModules.All)
        {
            module.MapEndpoints(app);
        }

        app.MapPortalUi();
        return app;
    }
}
