using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Calendar.Contracts;
using Portal.Calendar.Domain;

namespace Portal.Calendar.Persistence;

/// <summary>
/// A year is one row; its days are a JSON text column (a few dozen entries, always read and replaced
/// whole, never queried inside), the same column type on SQLite and PostgreSQL.
/// </summary>
internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.UpdatedAt);
        builder.Property(y => y.Days)
            .HasConversion(
                days => Write(days),
                json => Read(json),
                new ValueComparer<IReadOnlyList<CalendarExceptionDay>>(
                    (left, right) => left!.SequenceEqual(right!),
                    days => days.Aggregate(0, (hash, day) => HashCode.Combine(hash, day.GetHashCode())),
                    days => days.ToList()))
            .IsRequired();
    }

    private static string Write(IReadOnlyList<CalendarExceptionDay> days) =>
        JsonSerializer.Serialize(days.Select(StoredDay.From).ToList(), Json);

    private static List<CalendarExceptionDay> Read(string json) =>
        [.. (JsonSerializer.Deserialize<List<StoredDay>>(json, Json) ?? []).Select(day => day.ToDay())];

    /// <summary>The stored shape: kinds by their API code, so that the JSON stays readable and stable.</summary>
    private sealed record StoredDay(DateOnly Date, string Kind, string Name)
    {
        public static StoredDay From(CalendarExceptionDay day) => new(day.Date, CalendarDayKinds.Of(day.Kind), day.Name);

        public CalendarExceptionDay ToDay() => new(
            Date,
            CalendarDayKinds.Parse(Kind) ?? throw new InvalidOperationException($"Unknown calendar day kind '{Kind}' in the database."),
            Name);
    }
}
