using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.Outbox;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features;

/// <summary>
/// Publish, unpublish and archive work alike for parks, policies and projects: load through the
/// <c>Tenant</c> filter (another prefecture's item is a 404), ask the aggregate, and when it changed,
/// save it with its event and its audit entry. Asking for the state an item is already in changes
/// nothing and emits nothing.
/// </summary>
internal static class PublicationChange
{
    public static async Task<Results<Ok<PublicationResponse>, ProblemHttpResult>> ApplyAsync<TItem, TContent>(
        Guid id,
        HttpContext http,
        CatalogueDbContext db,
        TimeProvider clock,
        IStringLocalizer<CatalogueMessages> text,
        Func<TItem, DateTimeOffset, bool> change,
        Func<string, Guid, Guid, IIntegrationEvent> happened,
        string verb,
        CancellationToken cancellationToken)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        var item = await db.Set<TItem>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return PortalResults.NotFound();
        }

        try
        {
            var before = item.Status;
            if (change(item, clock.GetUtcNow()))
            {
                db.AddIntegrationEvent(happened(item.Kind, item.Id, item.TenantId!.Value));
                db.AuditPublication(http, item, verb, before);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (BusinessRuleException refused)
        {
            return RuleResults.Refusal(refused, text);
        }

        return TypedResults.Ok(PublicationResponse.From(item));
    }
}
