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
using Portal.Tenancy.Domain;
using Portal.Tenancy.Localization;
using Portal.Tenancy.Persistence;

namespace Portal.Tenancy.Features.CreateTenant;

/// <summary><c>POST /api/admin/tenants</c>: a new prefecture. Host only.</summary>
internal static class CreateTenantEndpoint
{
    public static void Map(RouteGroupBuilder tenants) => tenants.MapPost("/", HandleAsync).WithSummary("Create a prefecture");

    private static async Task<Results<Created<TenantResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateTenantRequest request,
        HttpContext http,
        TenancyDbContext db,
        TenantDirectory directory,
        TimeProvider clock,
        IStringLocalizer<TenancyMessages> text,
        CancellationToken cancellationToken)
    {
        var errors = CreateTenantValidator.Validate(request, text);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var slug = request.Slug!.Trim();
        var code = request.Code!.Trim();
        if (await DuplicateAsync(db, slug, code, text, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        var tenant = Tenant.Create(slug, code, request.Name!.Trim(), request.NameEn!.Trim(), clock.GetUtcNow());
        db.Tenants.Add(tenant);
        db.AddIntegrationEvent(new TenantCreated(
            tenant.Id, tenant.Slug, tenant.Code, tenant.Name, tenant.NameEn, request.AdminEmail?.Trim()));
        db.AddIntegrationEvent(AuditRecordedFactory.FromHttp(http, "tenant.created", "tenant", tenant.Slug, new AuditChanges()
            .Set("slug", tenant.Slug).Set("code", tenant.Code).Set("name", tenant.Name).Set("nameEn", tenant.NameEn).Set("isActive", tenant.IsActive)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created the same prefecture between our check and our insert.
            db.ChangeTracker.Clear();
            var raced = await DuplicateAsync(db, slug, code, text, CancellationToken.None);
            if (raced is null)
            {
                throw;
            }

            return raced;
        }

        await directory.InvalidateAsync(cancellationToken);
        return TypedResults.Created($"/api/admin/tenants/{tenant.Slug}", TenantResponse.From(tenant));
    }

    private static async Task<ProblemHttpResult?> DuplicateAsync(
        TenancyDbContext db, string slug, string code, IStringLocalizer<TenancyMessages> text, CancellationToken cancellationToken)
    {
        var existing = await db.Tenants.AsNoTracking()
            .Where(t => t.Slug == slug || t.Code == code)
            .Select(t => new { t.Slug, t.Code })
            .FirstOrDefaultAsync(cancellationToken);
        return existing switch
        {
            null => null,
            _ when existing.Slug == slug => PortalResults.Conflict(text["SlugTaken", slug], "tenant.slug-taken"),
            _ => PortalResults.Conflict(text["CodeTaken", code], "tenant.code-taken"),
        };
    }
}
