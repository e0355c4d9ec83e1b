using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Tenancy.Contracts;
using Portal.Tenancy.Directory;

namespace Portal.Tenancy.Features.ListPrefectures;

/// <summary><c>GET /api/prefectures</c>: the active prefectures and how much each has published. Anonymous.</summary>
internal static class ListPrefecturesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapGet("/api/prefectures", HandleAsync)
        .AllowAnonymous()
        .WithTags("Prefectures")
        .WithSummary("Active prefectures with counts of published items");

    private static async Task<Ok<PrefectureSummary[]>> HandleAsync(
        TenantDirectory directory, IEnumerable<IPublishedItemCounter> counters, CancellationToken cancellationToken)
    {
        var prefectures = await directory.ListActivePrefecturesAsync(cancellationToken);
        var counts = new Dictionary<Guid, PublishedItemCounts>();
        foreach (var counter in counters)
        {
            foreach (var (tenantId, count) in await counter.CountByTenantAsync(cancellationToken))
            {
                counts[tenantId] = counts.GetValueOrDefault(tenantId, PublishedItemCounts.None).Add(count);
            }
        }

        return TypedResults.Ok(prefectures
            .Select(p => new PrefectureSummary(p.Slug, p.Code, p.Name, p.NameEn, counts.GetValueOrDefault(p.Id, PublishedItemCounts.None)))
            .ToArray());
    }
}

internal sealed record PrefectureSummary(string Slug, string Code, string Name, string NameEn, PublishedItemCounts Published);
