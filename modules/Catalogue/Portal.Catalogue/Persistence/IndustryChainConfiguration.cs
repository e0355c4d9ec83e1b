using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Persistence;

internal sealed class IndustryChainConfiguration : IEntityTypeConfiguration<IndustryChain>
{
    public void Configure(EntityTypeBuilder<IndustryChain> builder)
    {
        builder.ToTable("industry_chains");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(IndustryChainLimits.CodeMaxLength);
        builder.Property(c => c.NameZh).HasMaxLength(IndustryChainLimits.NameZhMaxLength).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(IndustryChainLimits.NameEnMaxLength).IsRequired();
    }
}
