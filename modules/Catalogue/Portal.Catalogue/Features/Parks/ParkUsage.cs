using Microsoft.EntityFrameworkCore;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.Parks;

/// <summary>Which of the prefecture's policies and projects still name a park.</summary>
internal static class ParkUsage
{
    public static async Task<IEnumerable<IBusinessRule>> DeletionBlockersAsync(CatalogueDbContext db, Park park, CancellationToken cancellationToken)
    {
        // A prefecture has tens of policies, not millions: reading their park lists is cheaper than
        // an array query whose translation differs between the two engines.
        var parkLists = await db.Policies.AsNoTracking().Select(p => p.ParkIds).ToListAsync(cancellationToken);
        var policies = parkLists.Count(ids => ids.Contains(park.Id));
        var projects = await db.Projects.CountAsync(p => p.ParkId == park.Id, cancellationToken);
        return [new ParkInUseCannotBeDeleted(policies, projects)];
    }
}
