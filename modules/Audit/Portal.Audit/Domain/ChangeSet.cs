using System.Text.Json;
using Portal.Audit.Contracts;

namespace Portal.Audit.Domain;

/// <summary>
/// The stored form of an event's changes: a JSON array of <c>{ field, old, new }</c>, folded from the
/// event's dictionary (<c>field</c> → new value, <c>field:old</c> → previous value).
/// </summary>
internal static class ChangeSet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string? Serialize(IReadOnlyDictionary<string, string?>? changes)
    {
        if (changes is null || changes.Count == 0)
        {
            return null;
        }

        var fields = new List<AuditFieldChange>();
        foreach (var (key, value) in changes.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (key.EndsWith(AuditChanges.OldSuffix, StringComparison.Ordinal))
            {
                var field = key[..^AuditChanges.OldSuffix.Length];
                if (!changes.ContainsKey(field))
                {
                    fields.Add(new AuditFieldChange(field, value, null));
                }

                continue;
            }

            fields.Add(new AuditFieldChange(key, changes.GetValueOrDefault(key + AuditChanges.OldSuffix), value));
        }

        return JsonSerializer.Serialize(fields, Json);
    }

    public static IReadOnlyList<AuditFieldChange> Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<AuditFieldChange>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [new AuditFieldChange("?", null, json)];
        }
    }
}
