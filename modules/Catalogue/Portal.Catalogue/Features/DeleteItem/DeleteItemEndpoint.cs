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
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.DeleteItem;

/// <summary>
/// <c>DELETE /api/admin/{parks|policies|projects}/{id}</c>: a draft or archived item goes for good.
/// A published one must be unpublished or archived first.
/// </summary>
internal static class DeleteItemEndpoint
{
    /// <param name="blockers">The kind's own reasons to refuse (a park still named by policies or projects).</param>
    public static void Map<TItem, TContent>(
        RouteGroupBuilder items,
        Func<CatalogueDbContext, TItem, CancellationToken, Task<IEnumerable<IBusinessRule>>>? blockers = null)
        where TItem : CatalogueItem<TContent>
        where TContent : class =>
        items.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
            Guid id, HttpContext http, CatalogueDbContext db, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken) =>
        {
            var item = await db.Set<TItem>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (item is null)
            {
                return PortalResults.NotFound();
            }

            try
            {
                item.EnsureCanBeDeleted();
                if (blockers is not null)
                {
                    BusinessRules.Enforce(await blockers(db, item, cancellationToken));
                }
            }
            catch (BusinessRuleException refused)
            {
                return RuleResults.Refusal(refused, text);
            }

            db.Set<TItem>().Remove(item);
            db.AddIntegrationEvent(new CatalogueItemDeleted(item.Kind, item.Id, item.TenantId!.Value));
            db.AuditDeleted(http, item);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.NoContent();
        })
        .WithSummary("Delete a draft or archived item");
}
