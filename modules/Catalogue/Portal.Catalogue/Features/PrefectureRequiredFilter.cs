using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Localization;

namespace Portal.Catalogue.Features;

/// <summary>
/// The catalogue belongs to prefectures: a host caller must say which one with <c>X-Tenant</c>. Without
/// it the <c>Tenant</c> filter would show nothing and inserts would belong to nobody, so refuse clearly.
/// </summary>
internal sealed class PrefectureRequiredFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        if (services.GetRequiredService<ICurrentTenant>().Id is null)
        {
            var text = services.GetRequiredService<IStringLocalizer<CatalogueMessages>>();
            return PortalResults.Problem(StatusCodes.Status400BadRequest, text["PrefectureRequired"], "catalogue.prefecture-required");
        }

        return await next(context);
    }
}
