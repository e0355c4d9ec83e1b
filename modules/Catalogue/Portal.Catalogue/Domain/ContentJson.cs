using System.Text.Json;

namespace Portal.Catalogue.Domain;

/// <summary>
/// How content is written as a published snapshot and compared. Web defaults (camelCase), so a
/// snapshot reads like the API; a field added later reads back as its default from older snapshots.
/// </summary>
internal static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T content) => JsonSerializer.Serialize(content, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"An empty {typeof(T).Name} snapshot.");
}
