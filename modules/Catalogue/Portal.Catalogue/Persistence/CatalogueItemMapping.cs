using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Persistence;

/// <summary>The publishing columns every catalogue item has, mapped once.</summary>
internal static class CatalogueItemMapping
{
    public const int StatusMaxLength = 16;

    public static void MapPublishing<TItem, TContent>(EntityTypeBuilder<TItem> builder)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        builder.HasKey(item => item.Id);
        builder.Ignore(item => item.Kind);
        builder.Ignore(item => item.Content);
        builder.Ignore(item => item.PublishedContent);
        builder.Property(item => item.Status).HasConversion<string>().HasMaxLength(StatusMaxLength);
        builder.Property(item => item.Version).IsConcurrencyToken();

        // The admin lists and the published counts ask for one prefecture's items by status.
        builder.HasIndex(item => new { item.TenantId, item.Status });
    }
}
