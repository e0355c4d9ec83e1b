using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Benchmarks;

/// <summary>
/// The real portal (Portal.Host's Program) on Kestrel at 127.0.0.1 with its embedded defaults: SQLite and
/// the Lucene index under a fresh data folder, no demo data. The only addition is the baseline endpoint
/// <c>/bench/bare</c>, which exists in this harness only.
/// </summary>
internal sealed class BenchPortal(string dataPath, bool matchCache = true) : WebApplicationFactory<global::Program>
{
    public const string ClientId = "bench-host-client";
    public const string ClientSecret = "bench-host-client-secret-5b7e1c";

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        // The factory looks for the host's source folder beside a solution; the build output has its
        // appsettings.json, which is what a deployed portal reads.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PORTAL_HOST", AppContext.BaseDirectory);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:DataPath", dataPath);
        builder.UseSetting("Portal:DemoData", "false");
        builder.UseSetting("Portal:Bootstrap:AdminPassword", "Bench-Admin-Password-1!");
        builder.UseSetting("Portal:Bootstrap:ClientId", ClientId);
        builder.UseSetting("Portal:Bootstrap:ClientSecret", ClientSecret);

        // Per-request Information logs to the console would measure the console, not the portal.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (!matchCache)
        {
            builder.UseSetting("Search:Lucene:MatchCacheDocuments", "0");
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, BareEndpointStartupFilter>());
    }

    /// <summary>
    /// Adds <c>/bench/bare</c> after the portal's whole pipeline: the request passes every middleware a
    /// search passes (tenant resolution, localization, authentication, routing), matches no endpoint, and
    /// is answered here with a small constant JSON body. The difference to <c>/api/search</c> is the search.
    /// </summary>
    private sealed class BareEndpointStartupFilter : IStartupFilter
    {
        private static readonly byte[] Body = """{"total":0,"page":1,"pageSize":20,"items":[]}"""u8.ToArray();

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(async context =>
            {
                if (context.Request.Path == "/bench/bare")
                {
                    context.Response.ContentType = "application/json; charset=utf-8";
                    context.Response.ContentLength = Body.Length;
                    await context.Response.Body.WriteAsync(Body);
                    return;
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
            });
        };
    }
}
