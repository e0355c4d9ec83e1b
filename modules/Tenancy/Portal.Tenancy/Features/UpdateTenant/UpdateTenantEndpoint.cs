using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Http;
using Portal.Tenancy.Contracts;
using Portal.Tenancy.Directory;
using Portal.Tenancy.Localization;
using Portal.Tenancy.Persistence;

namespace Portal.Tenancy.Features.UpdateTenant;

/// <summary><c>PUT /api/admin/tenants/{slug}</c>. Host only. A disabled prefecture disappears from the public site and its principals are refused.</summary>
internal static class UpdateTenantEndpoint
{
    public static void Map(RouteGroupBuilder tenants) => tenants.MapPut("/{slug}", HandleAsync).WithSummary("Rename, disable or enable a prefecture");

    private static async Task<Results<Ok<TenantResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string slug,
        UpdateTenantRequest request,
        HttpContext http,
        TenancyDbContext db,
        TenantDirectory directory,
        TimeProvider clock,
        IStringLocalizer<TenancyMessages> text,
        CancellationToken cancellationToken)
    {
        // Slugs are stored lower-case; normalizing here keeps the index usable.
        var normalized = slug.ToLowerInvariant();
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Slug == normalized, cancellationToken);
        if (tenant is null)
        {
            return PortalResults.NotFound();
        }

        var errors = new ValidationErrors();
        TenantFieldRules.CheckNames(errors, request.Name, request.NameEn, text);
        if (request.IsActive is null)
        {
            errors.Add("isActive", text["IsActiveRequired"]);
        }

        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var changes = new AuditChanges()
            .Change("name", tenant.Name, request.Name!.Trim())
            .Change("nameEn", tenant.NameEn, request.NameEn!.Trim())
            .Change("isActive", tenant.IsActive, request.IsActive!.Value);
        if (tenant.Update(request.Name!.Trim(), request.NameEn!.Trim(), request.IsActive!.Value, clock.GetUtcNow()))
        {
            db.AddIntegrationEvent(new TenantUpdated(tenant.Id, tenant.Slug, tenant.Name, tenant.NameEn, tenant.IsActive));
            db.AddIntegrationEvent(AuditRecordedFactory.FromHttp(http, "tenant.updated", "tenant", tenant.Slug, changes));
            await db.SaveChangesAsync(cancellationToken);
            await directory.InvalidateAsync(cancellationToken);
        }

        return TypedResults.Ok(TenantResponse.From(tenant));
    }
}
