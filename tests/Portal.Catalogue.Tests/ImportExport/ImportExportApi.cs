using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Portal.Catalogue.Tests.ImportExport;

/// <summary>Export and import as a client does them: a file down, a multipart upload up.</summary>
internal static class ImportExportApi
{
    public static async Task<byte[]> ExportAsync(HttpClient client, string items, string format, string query = "")
    {
        using var response = await client.GetAsync(new Uri($"/api/admin/{items}/export?format={format}{query}", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"export: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(format == "csv" ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return bytes;
    }

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string items, byte[] file, string fileName, string? mode = null)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv");
        form.Add(content, "file", fileName);
        var query = mode is null ? "" : $"?mode={mode}";
        return await client.PostAsync(new Uri($"/api/admin/{items}/import{query}", UriKind.Relative), form);
    }

    /// <summary>Imports and expects a report (200).</summary>
    public static async Task<JsonElement> ImportReportAsync(HttpClient client, string items, byte[] file, string fileName, string? mode = null)
    {
        using var response = await ImportAsync(client, items, file, fileName, mode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"import: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static byte[] Csv(params string[] lines) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    public static string CsvText(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "CSV starts with a UTF-8 byte-order mark");
        return Encoding.UTF8.GetString(bytes.AsSpan(Encoding.UTF8.Preamble.Length));
    }
}
