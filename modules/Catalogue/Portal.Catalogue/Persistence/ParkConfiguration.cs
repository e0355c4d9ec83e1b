using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Persistence;

internal sealed class ParkConfiguration : IEntityTypeConfiguration<Park>
{
    public void Configure(EntityTypeBuilder<Park> builder)
    {
        builder.ToTable("parks");
        CatalogueItemMapping.MapPublishing<Park, ParkContent>(builder);
        builder.Property(p => p.Name).HasMaxLength(ParkLimits.NameMaxLength).IsRequired();
        builder.Property(p => p.ParkKind).HasMaxLength(ParkLimits.KindMaxLength).IsRequired();
        builder.Property(p => p.Level).HasMaxLength(ParkLimits.LevelMaxLength).IsRequired();
        builder.Property(p => p.County).HasMaxLength(ParkLimits.CountyMaxLength);
        builder.Property(p => p.Address).HasMaxLength(ParkLimits.AddressMaxLength);
        builder.Property(p => p.Latitude).HasPrecision(9, ParkLimits.CoordinateScale);
        builder.Property(p => p.Longitude).HasPrecision(9, ParkLimits.CoordinateScale);
        builder.Property(p => p.PlannedAreaMu).HasPrecision(12, ParkLimits.AreaScale);
        builder.Property(p => p.AvailableLandMu).HasPrecision(12, ParkLimits.AreaScale);
        builder.Property(p => p.LandPriceWanPerMu).HasPrecision(10, ParkLimits.LandPriceScale);
        builder.Property(p => p.PowerPriceYuanPerKwh).HasPrecision(8, ParkLimits.PowerPriceScale);
        builder.Property(p => p.WaterSupply).HasMaxLength(ParkLimits.SupplyTextMaxLength);
        builder.Property(p => p.GasSupply).HasMaxLength(ParkLimits.SupplyTextMaxLength);
        builder.Property(p => p.Logistics).HasMaxLength(ParkLimits.SupplyTextMaxLength);
        builder.PrimitiveCollection(p => p.Chains).IsRequired();
        builder.PrimitiveCollection(p => p.NotableEnterprises).IsRequired();
        builder.Property(p => p.Description);
        builder.Property(p => p.Contacts).HasJsonConversion().IsRequired();
    }
}
