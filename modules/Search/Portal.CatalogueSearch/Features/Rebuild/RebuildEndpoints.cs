using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.CatalogueSearch.Contracts;
using Portal.CatalogueSearch.Localization;

namespace Portal.CatalogueSearch.Features.Rebuild;

/// <summary>
/// <c>POST /api/admin/search/rebuild</c> starts a full rebuild in the background (202 with its status,
/// or 409 while one is running anywhere); <c>GET</c> reads its progress from any node. Host only.
/// </summary>
internal static class RebuildEndpoints
{
    public const string Route = "/api/admin/search/rebuild";
    public const string RunningCode = "search.rebuild-running";

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/rebuild", GetAsync).WithSummary("Progress of the latest search index rebuild");
        admin.MapPost("/rebuild", StartAsync).WithSummary("Rebuild the search index from the database");
    }

    private static async Task<Ok<SearchRebuildStatus>> GetAsync(ISearchIndexAdministration administration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await administration.GetRebuildStatusAsync(cancellationToken));

    private static async Task<Results<Accepted<SearchRebuildStatus>, ProblemHttpResult>> StartAsync(
        ISearchIndexAdministration administration, IStringLocalizer<SearchMessages> text, CancellationToken cancellationToken)
    {
        var start = await administration.StartRebuildAsync(cancellationToken);
        if (!start.AlreadyRunning)
        {
            return TypedResults.Accepted(Route, start.Status);
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            detail: text["RebuildRunning", start.Status.Done, start.Status.Total],
            extensions: new Dictionary<string, object?> { ["code"] = RunningCode, ["rebuild"] = start.Status });
    }
}
