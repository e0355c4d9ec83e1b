using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Catalogue.Media.Domain;

namespace Portal.Catalogue.Media.Persistence;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.ToTable("media");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.OwnerKind).HasMaxLength(MediaLimits.KindMaxLength).IsRequired();
        builder.Property(m => m.Kind).HasMaxLength(MediaLimits.KindMaxLength).IsRequired();
        builder.Property(m => m.ContentType).HasMaxLength(MediaLimits.ContentTypeMaxLength).IsRequired();
        builder.Property(m => m.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(m => m.FileName).HasMaxLength(MediaLimits.FileNameMaxLength);
        builder.Property(m => m.Caption).HasMaxLength(MediaLimits.CaptionMaxLength);

        // An item's media are read together, in their order.
        builder.HasIndex(m => new { m.TenantId, m.OwnerKind, m.OwnerId });
    }
}
