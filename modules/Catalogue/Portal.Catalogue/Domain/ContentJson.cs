using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Catalogue.Domain;

/// <summary>
/// How content is written as a published snapshot and compared. Web defaults (camelCase), so a
/// snapshot reads like the API; a field added later reads back as its default from older snapshots.
/// Amounts are written without trailing zeros: the database answers <c>6800.00</c> for <c>6800</c>,
/// and that is the same content.
/// </summary>
internal static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new NormalizedDecimal() } };

    public static string Write<T>(T content) => JsonSerializer.Serialize(content, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"An empty {typeof(T).Name} snapshot.");

    /// <summary>The smallest scale that keeps the value: <c>6800.00m</c> → <c>6800</c>, <c>0.360m</c> → <c>0.36</c>.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private sealed class NormalizedDecimal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(Normalize(value));
    }
}
