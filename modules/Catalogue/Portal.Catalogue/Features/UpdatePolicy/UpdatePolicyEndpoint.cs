using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Features.Policies;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.UpdatePolicy;

/// <summary><c>PUT /api/admin/policies/{id}</c>: replaces the working copy, based on <c>version</c> (an older one is a 409).</summary>
internal static class UpdatePolicyEndpoint
{
    public static void Map(RouteGroupBuilder policies) => policies.MapPut("/{id:guid}", HandleAsync).WithSummary("Edit a policy's working copy");

    private static async Task<Results<Ok<PolicyResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        PolicyRequest request,
        HttpContext http,
        CatalogueDbContext db,
        RichTextSanitizer sanitizer,
        TimeProvider clock,
        IStringLocalizer<CatalogueMessages> text,
        CancellationToken cancellationToken)
    {
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is null)
        {
            return PortalResults.NotFound();
        }

        if (request.Version is not { } version)
        {
            return new ValidationErrors().Add("version", text["VersionRequired"]).ToProblem();
        }

        if (version != policy.Version)
        {
            return RuleResults.StaleVersion(policy.Version, text);
        }

        var content = request.ToContent(sanitizer);
        var errors = await PolicyValidation.ValidateAsync(request, content, db, text, cancellationToken);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        if (await PolicyValidation.DuplicateAsync(content, policy.Id, db, text, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        try
        {
            var before = policy.Content;
            if (policy.Edit(content, clock.GetUtcNow()))
            {
                db.AddIntegrationEvent(new CatalogueItemUpdated(policy.Kind, policy.Id, policy.TenantId!.Value));
                db.AuditUpdated(http, policy, before);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (BusinessRuleException refused)
        {
            return RuleResults.Refusal(refused, text);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RuleResults.StaleVersion(await CurrentVersions.OfAsync<IncentivePolicy, PolicyContent>(db.Policies, id, cancellationToken), text);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await PolicyValidation.DuplicateAsync(content, id, db, text, CancellationToken.None) is { } raced)
            {
                return raced;
            }

            throw;
        }

        return TypedResults.Ok(PolicyResponse.From(policy, ChinaCalendar.Today(clock)));
    }
}
