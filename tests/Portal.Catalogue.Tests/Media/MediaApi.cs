using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace Portal.Catalogue.Tests.Media;

/// <summary>Uploads as an outside client sends them, and files made up in the test.</summary>
internal static class MediaApi
{
    public const string CameraMake = "PortalTestCam";

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, byte[] content, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    public static async Task<JsonElement> UploadOkAsync(HttpClient client, string path, byte[] content, string fileName, string contentType)
    {
        using var response = await UploadAsync(client, path, content, fileName, contentType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A 3000×2000 JPEG with a camera make, an artist and a GPS position in its EXIF.</summary>
    public static byte[] JpegWithExif(int width = 3000, int height = 2000)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(30, 120, 60));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, CameraMake);
        exif.SetValue(ExifTag.Artist, "张三");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    public static byte[] Png(int width = 800, int height = 600)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 30, 30, 128));
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    /// <summary>A small but well-formed PDF.</summary>
    public static byte[] Pdf() => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" +
        "trailer<</Root 1 0 R>>\n%%EOF\n");

    public static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(needle)) >= 0;

    public static int FilesUnder(string dataPath)
    {
        var media = Path.Combine(dataPath, "media");
        return Directory.Exists(media) ? Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Count() : 0;
    }
}
