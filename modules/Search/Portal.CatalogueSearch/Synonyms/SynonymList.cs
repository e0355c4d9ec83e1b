using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.CatalogueSearch.Synonyms;

/// <summary>
/// The host's industry synonym list as one row: groups of terms that mean the same thing
/// (锂电池 · 新能源电池 · 动力电池). One row rather than a row per group, because the list is always
/// read and replaced whole, and so that an emptied list stays empty instead of being seeded again.
/// </summary>
internal sealed class SynonymList
{
    public const string CatalogueList = "catalogue";

    private SynonymList()
    {
    }

    public string Id { get; private set; } = CatalogueList;

    /// <summary>The groups as JSON (<c>[["锂电池","新能源电池"], …]</c>).</summary>
    public string GroupsJson { get; private set; } = "[]";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public IReadOnlyList<IReadOnlyList<string>> Groups =>
        JsonSerializer.Deserialize<List<List<string>>>(GroupsJson) is { } groups ? [.. groups.Select(g => (IReadOnlyList<string>)g)] : [];

    public static SynonymList Create(IReadOnlyList<IReadOnlyList<string>> groups, DateTimeOffset now, string? by)
    {
        var list = new SynonymList();
        list.Replace(groups, now, by);
        return list;
    }

    /// <summary>Replaces every group; the caller has validated them (<see cref="SynonymValidation"/>).</summary>
    public void Replace(IReadOnlyList<IReadOnlyList<string>> groups, DateTimeOffset now, string? by)
    {
        GroupsJson = JsonSerializer.Serialize(groups);
        UpdatedAt = now;
        UpdatedBy = by;
    }
}

internal sealed class SynonymListConfiguration : IEntityTypeConfiguration<SynonymList>
{
    public void Configure(EntityTypeBuilder<SynonymList> builder)
    {
        builder.ToTable("synonym_lists");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(40);
        builder.Property(s => s.GroupsJson).IsRequired();
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
        builder.Ignore(s => s.Groups);
    }
}
