using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.CatalogueSearch.Contracts;

namespace Portal.CatalogueSearch.Features.Synonyms;

/// <summary>
/// <c>GET/PUT /api/admin/search/synonyms</c>: the host's industry synonym list, <c>{ groups: [[term…]…] }</c>.
/// A PUT replaces the whole list and takes effect on the next search on every node. Host only.
/// </summary>
internal static class SynonymEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/synonyms", GetAsync).WithSummary("The industry synonym list");
        admin.MapPut("/synonyms", PutAsync).WithSummary("Replace the industry synonym list");
    }

    private static async Task<Ok<SynonymsBody>> GetAsync(ISearchIndexAdministration administration, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SynonymsBody(await administration.GetSynonymsAsync(cancellationToken)));

    private static async Task<Results<Ok<SynonymsBody>, ValidationProblem>> PutAsync(
        SynonymsRequest body, ISearchIndexAdministration administration, CancellationToken cancellationToken)
    {
        var result = await administration.ReplaceSynonymsAsync(body.Groups, cancellationToken);
        return result.Groups is { } groups
            ? TypedResults.Ok(new SynonymsBody(groups))
            : TypedResults.ValidationProblem(result.Errors!);
    }

    internal sealed record SynonymsBody(IReadOnlyList<IReadOnlyList<string>> Groups);

    internal sealed record SynonymsRequest(List<List<string>?>? Groups);
}
