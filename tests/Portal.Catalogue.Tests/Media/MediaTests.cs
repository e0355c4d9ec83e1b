using System.Net;
using System.Net.Http.Headers;
using Portal.Catalogue.Tests.Http;
using Portal.Testing;
using SixLabors.ImageSharp;
using Xunit;
using static Portal.Catalogue.Tests.Http.CatalogueApi;
using static Portal.Catalogue.Tests.Media.MediaApi;

namespace Portal.Catalogue.Tests.Media;

/// <summary>Photos and PDF attachments over HTTP on PostgreSQL: judged by content, size-limited, cleaned, cached, isolated.</summary>
public sealed class MediaTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task A_jpeg_is_stored_resized_without_metadata_and_served_with_long_caching_once_published()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var park = await CreateIdAsync(a, "parks", Park("照片园区"));
        var original = JpegWithExif();
        Assert.True(Contains(original, CameraMake));

        var photo = await UploadOkAsync(a, $"/api/admin/parks/{park}/photos", original, "site.jpg", "image/jpeg");
        var id = photo.GetProperty("id").GetGuid();
        Assert.Equal("image/jpeg", photo.GetProperty("contentType").GetString());
        Assert.Equal(1600, photo.GetProperty("width").GetInt32());
        Assert.InRange(photo.GetProperty("height").GetInt32(), 1066, 1067);

        // The prefecture sees it in its draft; the public does not.
        var draft = await GetJsonAsync(a, $"/api/admin/parks/{park}");
        Assert.Equal(id, Assert.Single(draft.GetProperty("photos").EnumerateArray()).GetProperty("id").GetGuid());
        using (var own = await a.GetAsync(new Uri($"/api/admin/media/{id}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.True(own.Headers.CacheControl is { Private: true, NoCache: true, Public: false });
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, $"/media/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, $"/media/{id}/thumb"));

        await ActAsync(a, "parks", park, "publish");
        using var served = await anonymous.GetAsync(new Uri($"/media/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", string.Join(", ", served.Headers.GetValues("Cache-Control")));
        Assert.Equal($"\"{photo.GetProperty("sha256").GetString()}\"", served.Headers.ETag?.ToString());
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.False(Contains(bytes, CameraMake));
        Assert.False(Contains(bytes, "Exif"));
        using (var image = Image.Load(bytes))
        {
            Assert.Equal(1600, image.Width);
            Assert.InRange(image.Height, 1066, 1067);
            Assert.Null(image.Metadata.ExifProfile);
            Assert.Null(image.Metadata.XmpProfile);
            Assert.Null(image.Metadata.IccProfile);
        }

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri($"/media/{id}", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(served.Headers.ETag!);
        using (var notModified = await anonymous.SendAsync(again))
        {
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }

        using (var thumb = await anonymous.GetAsync(new Uri($"/media/{id}/thumb", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, thumb.StatusCode);
            using var image = Image.Load(await thumb.Content.ReadAsByteArrayAsync());
            Assert.Equal(400, Math.Max(image.Width, image.Height));
        }

        var published = await GetJsonAsync(anonymous, $"/api/parks/{park}");
        var listed = Assert.Single(published.GetProperty("photos").EnumerateArray());
        Assert.Equal($"/media/{id}", listed.GetProperty("url").GetString());
        Assert.Equal($"/media/{id}/thumb", listed.GetProperty("thumbnailUrl").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_content_decides_the_type_not_the_name_or_the_declared_type()
    {
        using var a = await fixture.ClientOfAAsync();
        var project = await CreateIdAsync(a, "projects", Project("类型检查项目"));
        var path = $"/api/admin/projects/{project}/photos";
        var before = FilesUnder(App.DataPath);

        var text = "这不是图片，只是改了扩展名的文本。"u8.ToArray();
        var refused = await AssertProblemAsync(await UploadAsync(a, path, text, "photo.jpg", "image/jpeg"), HttpStatusCode.BadRequest);
        Assert.Equal("media.not-a-photo", refused.GetProperty("code").GetString());
        await AssertProblemAsync(await UploadAsync(a, path, Pdf(), "photo.png", "image/png"), HttpStatusCode.BadRequest);
        Assert.Equal(before, FilesUnder(App.DataPath));

        var png = await UploadOkAsync(a, path, Png(), "really-a-png.jpg", "image/jpeg");
        Assert.Equal("image/jpeg", png.GetProperty("contentType").GetString());
        Assert.Equal(800, png.GetProperty("width").GetInt32());
        var listed = await GetJsonAsync(a, $"/api/admin/projects/{project}");
        Assert.Single(listed.GetProperty("photos").EnumerateArray());
    }

    [ServiceFact(Service.Postgres)]
    public async Task An_oversize_upload_is_a_413_and_nothing_is_stored()
    {
        using var a = await fixture.ClientOfAAsync();
        var park = await CreateIdAsync(a, "parks", Park("超大文件园区"));
        var policy = await CreateIdAsync(a, "policies", Policy("超大附件政策", "曲政发〔2024〕77号"));
        var before = FilesUnder(App.DataPath);

        // Just over the limit: the handler refuses it; far over: the body limit stops it on the way in.
        var justOver = new byte[(10 * 1024 * 1024) + 1];
        JpegWithExif(100, 100).CopyTo(justOver, 0);
        var problem = await AssertProblemAsync(
            await UploadAsync(a, $"/api/admin/parks/{park}/photos", justOver, "big.jpg", "image/jpeg"), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("media.too-large", problem.GetProperty("code").GetString());
        await AssertProblemAsync(
            await UploadAsync(a, $"/api/admin/parks/{park}/photos", new byte[12 * 1024 * 1024], "huge.jpg", "image/jpeg"), HttpStatusCode.RequestEntityTooLarge);
        await AssertProblemAsync(
            await UploadAsync(a, $"/api/admin/policies/{policy}/attachments", new byte[21 * 1024 * 1024], "huge.pdf", "application/pdf"), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(before, FilesUnder(App.DataPath));
        Assert.Empty((await GetJsonAsync(a, $"/api/admin/parks/{park}")).GetProperty("photos").EnumerateArray());
        Assert.Empty((await GetJsonAsync(a, $"/api/admin/policies/{policy}")).GetProperty("attachments").EnumerateArray());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_pdf_with_a_chinese_name_downloads_under_that_name_and_a_fake_pdf_is_refused()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var policy = await CreateIdAsync(a, "policies", Policy("附件政策", "曲政发〔2024〕78号"));
        var path = $"/api/admin/policies/{policy}/attachments";

        var fake = await AssertProblemAsync(await UploadAsync(a, path, "%PDF-1.4 but nothing else"u8.ToArray(), "假的.pdf", "application/pdf"), HttpStatusCode.BadRequest);
        Assert.Equal("media.not-a-pdf", fake.GetProperty("code").GetString());
        await AssertProblemAsync(await UploadAsync(a, path, JpegWithExif(50, 50), "图片.pdf", "application/pdf"), HttpStatusCode.BadRequest);

        const string Name = "曲靖市支持新能源电池产业发展若干政策.pdf";
        var attachment = await UploadOkAsync(a, path, Pdf(), $"C:\\fakepath\\{Name}", "application/octet-stream");
        var id = attachment.GetProperty("id").GetGuid();
        Assert.Equal(Name, attachment.GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, $"/media/{id}"));

        await ActAsync(a, "policies", policy, "publish");
        using var download = await anonymous.GetAsync(new Uri($"/media/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(Name, disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", download.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal(Pdf(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, $"/media/{id}/thumb"));

        var published = await GetJsonAsync(anonymous, $"/api/policies/{policy}");
        Assert.Equal(Name, Assert.Single(published.GetProperty("attachments").EnumerateArray()).GetProperty("fileName").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Another_prefecture_cannot_upload_to_delete_or_see_the_media_of_an_item()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        using var anonymous = App.CreateClient();
        var park = await CreateIdAsync(a, "parks", Park("隔离园区"));
        var policy = await CreateIdAsync(a, "policies", Policy("隔离政策", "曲政发〔2024〕79号"));
        var photo = (await UploadOkAsync(a, $"/api/admin/parks/{park}/photos", JpegWithExif(200, 100), "a.jpg", "image/jpeg")).GetProperty("id").GetGuid();
        var pdf = (await UploadOkAsync(a, $"/api/admin/policies/{policy}/attachments", Pdf(), "a.pdf", "application/pdf")).GetProperty("id").GetGuid();
        var before = FilesUnder(App.DataPath);

        await AssertProblemAsync(await UploadAsync(b, $"/api/admin/parks/{park}/photos", JpegWithExif(200, 100), "b.jpg", "image/jpeg"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await UploadAsync(b, $"/api/admin/policies/{policy}/attachments", Pdf(), "b.pdf", "application/pdf"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await b.DeleteAsync(new Uri($"/api/admin/parks/{park}/photos/{photo}", UriKind.Relative)), HttpStatusCode.NotFound);
        await AssertProblemAsync(await b.DeleteAsync(new Uri($"/api/admin/policies/{policy}/attachments/{pdf}", UriKind.Relative)), HttpStatusCode.NotFound);
        foreach (var path in new[] { $"/api/admin/media/{photo}", $"/api/admin/media/{photo}/thumb", $"/api/admin/media/{pdf}", $"/media/{photo}", $"/media/{pdf}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(b, path));
            Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, path.Replace("/api/admin", "", StringComparison.Ordinal)));
        }

        Assert.Equal(before, FilesUnder(App.DataPath));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(a, $"/api/admin/media/{photo}"));

        // Published, the photo is public to everyone, B included; A alone can remove it.
        await ActAsync(a, "parks", park, "publish");
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(b, $"/media/{photo}"));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(anonymous, $"/media/{photo}"));
        using (var removed = await a.DeleteAsync(new Uri($"/api/admin/parks/{park}/photos/{photo}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, $"/media/{photo}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(a, $"/api/admin/media/{photo}"));
        Assert.Equal(before - 2, FilesUnder(App.DataPath));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Deleting_an_item_removes_its_media_rows_and_files()
    {
        using var a = await fixture.ClientOfAAsync();
        var project = await CreateIdAsync(a, "projects", Project("将被删除的项目"));
        var photo = (await UploadOkAsync(a, $"/api/admin/projects/{project}/photos", Png(), "p.png", "image/png")).GetProperty("id").GetGuid();
        var before = FilesUnder(App.DataPath);

        using (var deleted = await a.DeleteAsync(new Uri($"/api/admin/projects/{project}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        // Removed from the outbox after the deletion commits: give the dispatcher a moment.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (FilesUnder(App.DataPath) != before - 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(before - 2, FilesUnder(App.DataPath));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(a, $"/api/admin/media/{photo}"));
    }
}
