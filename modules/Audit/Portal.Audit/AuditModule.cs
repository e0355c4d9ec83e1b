using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit.Contracts;
using Portal.Audit.Features.ExportLog;
using Portal.Audit.Features.QueryLog;
using Portal.Audit.Features.RecordEntry;
using Portal.Audit.Persistence;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.Identity.Contracts;

namespace Portal.Audit;

/// <summary>
/// The audit log: stores the <see cref="AuditRecorded"/> events every module adds to its own outbox,
/// and lets the host (everything) and a prefecture (its own) read, filter and export them. Nothing
/// in the product updates or deletes an entry.
/// </summary>
public sealed class AuditModule : IModule
{
    public string Name => AuditDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AuditDbContext, SqliteAuditDbContext, PostgresAuditDbContext>(configuration, Name);
        services.AddIntegrationEventHandler<AuditRecorded, AuditRecordedHandler>();
        services.AddScoped<AuditRecordedHandler>();
        services.AddScoped<IAuditLog, AuditLog>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var audit = endpoints.MapGroup("/api/admin/audit")
            .RequireAuthorization(Permissions.AuditRead)
            .WithTags("Audit");
        QueryAuditLogEndpoint.Map(audit);
        ExportAuditLogEndpoint.Map(audit);
    }
}
