using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features.Projects;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.CreateProject;

/// <summary><c>POST /api/admin/projects</c>: a new investment project of the current prefecture, as a draft.</summary>
internal static class CreateProjectEndpoint
{
    public static void Map(RouteGroupBuilder projects) => projects.MapPost("/", HandleAsync).WithSummary("Create a project, as a draft");

    private static async Task<Results<Created<ProjectResponse>, ValidationProblem>> HandleAsync(
        ProjectRequest request,
        HttpContext http,
        CatalogueDbContext db,
        ICurrentTenant currentTenant,
        RichTextSanitizer sanitizer,
        TimeProvider clock,
        IStringLocalizer<CatalogueMessages> text,
        CancellationToken cancellationToken)
    {
        var content = request.ToContent(sanitizer);
        var errors = await ProjectValidation.ValidateAsync(content, db, text, cancellationToken);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var project = AddDraft(db, http, currentTenant, content, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/admin/projects/{project.Id}", ProjectResponse.From(project));
    }

    /// <summary>
    /// Adds a validated project as a new draft with its integration event and audit entry, unsaved: the
    /// caller saves (one request, or one import of many rows, in one transaction).
    /// </summary>
    internal static InvestmentProject AddDraft(CatalogueDbContext db, HttpContext http, ICurrentTenant currentTenant, ProjectContent content, DateTimeOffset now)
    {
        var project = InvestmentProject.Create(content, now);
        db.Projects.Add(project);
        db.AddIntegrationEvent(new CatalogueItemCreated(project.Kind, project.Id, currentTenant.Id!.Value));
        db.AuditCreated(http, project);
        return project;
    }
}
