using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Inquiries.Domain;

namespace Portal.Inquiries.Persistence;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("inquiries");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.TrackingCode).HasMaxLength(TrackingCode.Length).IsRequired();
        builder.HasIndex(i => i.TrackingCode).IsUnique();
        builder.Property(i => i.Source).HasMaxLength(20).IsRequired();
        builder.Property(i => i.EnterpriseName).HasMaxLength(InquiryLimits.EnterpriseNameMaxLength).IsRequired();
        builder.Property(i => i.CreditCode).HasMaxLength(18);
        builder.Property(i => i.Province).HasMaxLength(20);
        builder.Property(i => i.ContactName).HasMaxLength(InquiryLimits.ContactNameMaxLength).IsRequired();
        builder.Property(i => i.Mobile).HasMaxLength(11);
        builder.Property(i => i.Email).HasMaxLength(InquiryLimits.EmailMaxLength);
        builder.Property(i => i.EmailKey).HasMaxLength(InquiryLimits.EmailMaxLength);
        builder.Property(i => i.Chain).HasMaxLength(64).IsRequired();
        builder.Property(i => i.InvestmentWan).HasPrecision(14, 2);
        builder.Property(i => i.LandMu).HasPrecision(12, 2);
        builder.Property(i => i.PowerKw).HasPrecision(14, 2);
        builder.Property(i => i.Message).HasMaxLength(InquiryLimits.MessageMaxLength).IsRequired();
        builder.Property(i => i.Stage).HasMaxLength(20).IsRequired();
        builder.Property(i => i.CloseReason).HasMaxLength(30);
        builder.Property(i => i.StageBeforeClose).HasMaxLength(20);
        builder.Property(i => i.OwnerName).HasMaxLength(100);
        builder.Property(i => i.WaitingReason).HasMaxLength(InquiryLimits.ReasonMaxLength);
        builder.Property(i => i.IdempotencyKey).HasMaxLength(InquiryLimits.IdempotencyKeyMaxLength);
        builder.Property(i => i.RequestHash).HasMaxLength(64);
        builder.Property(i => i.Version).IsConcurrencyToken();

        // Concurrent retries with one Idempotency-Key race to this index: exactly one insert wins.
        builder.HasIndex(i => i.IdempotencyKey).IsUnique();
        builder.HasIndex(i => i.ReceivedAt);
        builder.HasIndex(i => i.CreditCode);
        builder.HasIndex(i => i.Mobile);
        builder.HasIndex(i => i.EmailKey);
        builder.HasIndex(i => i.NextDueAt);
    }
}

internal sealed class InquiryCaseConfiguration : IEntityTypeConfiguration<InquiryCase>
{
    public void Configure(EntityTypeBuilder<InquiryCase> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.Signing);
        builder.Ignore(c => c.OpenDeadline);
        builder.Property(c => c.PrefectureSlug).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Stage).HasMaxLength(20).IsRequired();
        builder.Property(c => c.CloseReason).HasMaxLength(30);
        builder.Property(c => c.StageBeforeClose).HasMaxLength(20);
        builder.Property(c => c.WaitingReason).HasMaxLength(InquiryLimits.ReasonMaxLength);
        builder.Property(c => c.AgreementAmountWan).HasPrecision(14, 2);
        builder.Property(c => c.Sector).HasMaxLength(20);
        builder.Property(c => c.InvestorProvince).HasMaxLength(20);
        builder.Property(c => c.FundsTotalWan).HasPrecision(14, 2);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Inquiry>().WithMany().HasForeignKey(c => c.InquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.InquiryId, c.TenantId }).IsUnique();
        builder.HasIndex(c => c.NextDueAt);
        builder.HasIndex(c => c.SignedOn);
        builder.HasIndex(c => c.LandedOn);
    }
}

internal sealed class TimelineConfiguration : IEntityTypeConfiguration<InquiryTimelineEntry>
{
    public void Configure(EntityTypeBuilder<InquiryTimelineEntry> builder)
    {
        builder.ToTable("inquiry_timeline");
        TimelineColumns.Map(builder);
        builder.HasOne<Inquiry>().WithMany().HasForeignKey(e => e.InquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.InquiryId, e.At });
    }
}

internal sealed class CaseTimelineConfiguration : IEntityTypeConfiguration<CaseTimelineEntry>
{
    public void Configure(EntityTypeBuilder<CaseTimelineEntry> builder)
    {
        builder.ToTable("case_timeline");
        TimelineColumns.Map(builder);
        builder.HasOne<InquiryCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.InquiryId, e.At });
    }
}

internal static class TimelineColumns
{
    public static void Map<T>(EntityTypeBuilder<T> builder)
        where T : TimelineEntryBase
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasMaxLength(30).IsRequired();
        builder.Property(e => e.ActorId).HasMaxLength(100);
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Stage).HasMaxLength(20);
        builder.Property(e => e.Text).HasMaxLength(InquiryLimits.NoteMaxLength);
        builder.Property(e => e.DataJson).IsRequired();
    }
}

internal sealed class FundsTrancheConfiguration : IEntityTypeConfiguration<FundsTranche>
{
    public void Configure(EntityTypeBuilder<FundsTranche> builder)
    {
        builder.ToTable("funds");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.AmountWan).HasPrecision(14, 2);
        builder.Property(f => f.RecordedBy).HasMaxLength(100);
        builder.HasOne<InquiryCase>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.ReceivedOn);
    }
}

internal sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> builder)
    {
        builder.ToTable("saved_views");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.OwnerKey).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Name).HasMaxLength(InquiryLimits.ViewNameMaxLength).IsRequired();
        builder.Property(v => v.Query).HasMaxLength(InquiryLimits.ViewQueryMaxLength).IsRequired();
        builder.HasIndex(v => new { v.OwnerKey, v.Name }).IsUnique();
    }
}
