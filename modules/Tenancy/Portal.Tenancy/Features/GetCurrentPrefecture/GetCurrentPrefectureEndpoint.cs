using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Tenancy.Directory;
using Portal.Tenancy.Localization;

namespace Portal.Tenancy.Features.GetCurrentPrefecture;

/// <summary>
/// <c>GET /api/prefectures/current</c>: the prefecture this request belongs to — by its host name
/// (<c>qujing.example.org</c>), the caller's own prefecture, or a host caller's <c>X-Tenant</c>.
/// A prefecture's own site and systems use it to confirm where they are.
/// </summary>
internal static class GetCurrentPrefectureEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapGet("/api/prefectures/current", HandleAsync)
        .AllowAnonymous()
        .WithTags("Prefectures")
        .WithSummary("The prefecture the request resolves to");

    private static async Task<Results<Ok<PrefectureResponse>, ProblemHttpResult>> HandleAsync(
        ICurrentTenant currentTenant, TenantDirectory directory, IStringLocalizer<TenancyMessages> text, CancellationToken cancellationToken)
    {
        if (currentTenant.Id is not { } tenantId
            || await directory.FindByIdAsync(tenantId, cancellationToken) is not { } tenant)
        {
            return PortalResults.Problem(StatusCodes.Status404NotFound, text["NoCurrentPrefecture"], "tenant.none");
        }

        return TypedResults.Ok(new PrefectureResponse(tenant.Slug, tenant.Code, tenant.Name, tenant.NameEn));
    }
}

internal sealed record PrefectureResponse(string Slug, string Code, string Name, string NameEn);
