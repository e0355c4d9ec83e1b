using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Persistence;

internal sealed class IncentivePolicyConfiguration : IEntityTypeConfiguration<IncentivePolicy>
{
    public void Configure(EntityTypeBuilder<IncentivePolicy> builder)
    {
        builder.ToTable("policies");
        CatalogueItemMapping.MapPublishing<IncentivePolicy, PolicyContent>(builder);
        builder.Property(p => p.Title).HasMaxLength(PolicyLimits.TitleMaxLength).IsRequired();
        builder.Property(p => p.Issuer).HasMaxLength(PolicyLimits.IssuerMaxLength).IsRequired();
        builder.Property(p => p.DocumentNumber).HasMaxLength(PolicyLimits.DocumentNumberMaxLength);
        builder.Property(p => p.Level).HasMaxLength(PolicyLimits.LevelMaxLength).IsRequired();
        builder.PrimitiveCollection(p => p.Chains).IsRequired();
        builder.PrimitiveCollection(p => p.ParkIds).IsRequired();
        builder.PrimitiveCollection(p => p.IncentiveKinds).IsRequired();
        builder.Property(p => p.Body).IsRequired();

        // The database's last word on "one number per issuer", for two saves racing past the check.
        // Rows without a number never collide: NULLs are distinct on both engines.
        builder.HasIndex(p => new { p.TenantId, p.Issuer, p.DocumentNumber }).IsUnique();
    }
}
