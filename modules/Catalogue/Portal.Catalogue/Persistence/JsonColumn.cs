using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Persistence;

/// <summary>
/// Small structured values (contacts) stored as JSON text: the same column type on SQLite and
/// PostgreSQL, and nothing queries inside them. Compared by their JSON, so a changed contact is saved.
/// </summary>
internal static class JsonColumn
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        property.HasConversion(
            value => ContentJson.Write(value),
            json => ContentJson.Read<T>(json),
            new ValueComparer<T>(
                (left, right) => ContentJson.Write(left) == ContentJson.Write(right),
                value => ContentJson.Write(value).GetHashCode(StringComparison.Ordinal),
                value => ContentJson.Read<T>(ContentJson.Write(value))));
        return property;
    }
}
