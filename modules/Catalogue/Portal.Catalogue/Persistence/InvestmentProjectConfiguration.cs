using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Persistence;

internal sealed class InvestmentProjectConfiguration : IEntityTypeConfiguration<InvestmentProject>
{
    public void Configure(EntityTypeBuilder<InvestmentProject> builder)
    {
        builder.ToTable("projects");
        CatalogueItemMapping.MapPublishing<InvestmentProject, ProjectContent>(builder);
        builder.Property(p => p.Name).HasMaxLength(ProjectLimits.NameMaxLength).IsRequired();
        builder.Property(p => p.Chain).HasMaxLength(IndustryChainLimits.CodeMaxLength).IsRequired();
        builder.Property(p => p.InvestmentWan).HasPrecision(14, ProjectLimits.InvestmentScale);
        builder.Property(p => p.CooperationMode).HasMaxLength(ProjectLimits.CooperationModeMaxLength).IsRequired();
        builder.Property(p => p.Description);
        builder.Property(p => p.Contact).HasJsonConversion();
        builder.HasIndex(p => p.ParkId);
    }
}
