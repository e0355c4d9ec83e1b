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
using Portal.Catalogue.Features.Projects;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.UpdateProject;

/// <summary><c>PUT /api/admin/projects/{id}</c>: replaces the working copy, based on <c>version</c> (an older one is a 409).</summary>
internal static class UpdateProjectEndpoint
{
    public static void Map(RouteGroupBuilder projects) => projects.MapPut("/{id:guid}", HandleAsync).WithSummary("Edit a project's working copy");

    private static async Task<Results<Ok<ProjectResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        ProjectRequest request,
        HttpContext http,
        CatalogueDbContext db,
        RichTextSanitizer sanitizer,
        TimeProvider clock,
        IStringLocalizer<CatalogueMessages> text,
        CancellationToken cancellationToken)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return PortalResults.NotFound();
        }

        if (request.Version is not { } version)
        {
            return new ValidationErrors().Add("version", text["VersionRequired"]).ToProblem();
        }

        if (version != project.Version)
        {
            return RuleResults.StaleVersion(project.Version, text);
        }

        var content = request.ToContent(sanitizer);
        var errors = await ProjectValidation.ValidateAsync(content, db, text, cancellationToken);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        try
        {
            var before = project.Content;
            if (project.Edit(content, clock.GetUtcNow()))
            {
                db.AddIntegrationEvent(new CatalogueItemUpdated(project.Kind, project.Id, project.TenantId!.Value));
                db.AuditUpdated(http, project, before);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (BusinessRuleException refused)
        {
            return RuleResults.Refusal(refused, text);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RuleResults.StaleVersion(await CurrentVersions.OfAsync<InvestmentProject, ProjectContent>(db.Projects, id, cancellationToken), text);
        }

        return TypedResults.Ok(ProjectResponse.From(project));
    }
}
