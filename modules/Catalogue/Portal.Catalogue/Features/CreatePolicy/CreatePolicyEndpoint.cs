using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features.Policies;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.CreatePolicy;

/// <summary><c>POST /api/admin/policies</c>: a new incentive policy of the current prefecture, as a draft.</summary>
internal static class CreatePolicyEndpoint
{
    public static void Map(RouteGroupBuilder policies) => policies.MapPost("/", HandleAsync).WithSummary("Create a policy, as a draft");

    private static async Task<Results<Created<PolicyResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        PolicyRequest request,
        HttpContext http,
        CatalogueDbContext db,
        ICurrentTenant currentTenant,
        RichTextSanitizer sanitizer,
        TimeProvider clock,
        IStringLocalizer<CatalogueMessages> text,
        CancellationToken cancellationToken)
    {
        var content = request.ToContent(sanitizer);
        var errors = await PolicyValidation.ValidateAsync(request, content, db, text, cancellationToken);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        if (await PolicyValidation.DuplicateAsync(content, null, db, text, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        var policy = AddDraft(db, http, currentTenant, content, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request took the same document number between our check and our insert.
            db.ChangeTracker.Clear();
            if (await PolicyValidation.DuplicateAsync(content, null, db, text, CancellationToken.None) is { } raced)
            {
                return raced;
            }

            throw;
        }

        return TypedResults.Created($"/api/admin/policies/{policy.Id}", PolicyResponse.From(policy, ChinaCalendar.Today(clock)));
    }

    /// <summary>
    /// Adds a validated policy as a new draft with its integration event and audit entry, unsaved: the
    /// caller saves (one request, or one import of many rows, in one transaction).
    /// </summary>
    internal static IncentivePolicy AddDraft(CatalogueDbContext db, HttpContext http, ICurrentTenant currentTenant, PolicyContent content, DateTimeOffset now)
    {
        var policy = IncentivePolicy.Create(content, now);
        db.Policies.Add(policy);
        db.AddIntegrationEvent(new CatalogueItemCreated(policy.Kind, policy.Id, currentTenant.Id!.Value));
        db.AuditCreated(http, policy);
        return policy;
    }
}
