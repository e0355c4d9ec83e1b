using Microsoft.EntityFrameworkCore;
using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Features;

internal static class CurrentVersions
{
    /// <summary>The version in the database now, for a 409 after a lost race (0 when the item was deleted meanwhile).</summary>
    public static Task<int> OfAsync<TItem, TContent>(DbSet<TItem> items, Guid id, CancellationToken cancellationToken)
        where TItem : CatalogueItem<TContent>
        where TContent : class =>
        items.AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).FirstOrDefaultAsync(cancellationToken);
}
