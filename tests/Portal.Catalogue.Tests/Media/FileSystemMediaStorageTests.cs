using Portal.BuildingBlocks.Storage;
using Portal.Testing;
using Xunit;

namespace Portal.Catalogue.Tests.Media;

public sealed class FileSystemMediaStorageTests
{
    public static TheoryData<string> BadKeys =>
    [
        "",
        "../../etc/passwd",
        "/etc/passwd",
        "..",
        "C:\\Windows\\win.ini",
        "0123456789abcdef0123456789abcdef/../../x",
        "0123456789abcdef0123456789abcdef/0123456789abcdef0123456789abcdef/../../../escape",
        "0123456789abcdef0123456789abcdef/0123456789abcdef0123456789abcdef/..",
        "0123456789abcdef0123456789abcdef\\0123456789abcdef0123456789abcdef\\original",
        "0123456789ABCDEF0123456789ABCDEF/0123456789abcdef0123456789abcdef/original",
        "0123456789abcdef0123456789abcdef/0123456789abcdef0123456789abcdef/original/more",
        "0123456789abcdef0123456789abcdef/0123456789abcdef0123456789abcdef/.hidden",
        "0123456789abcdef0123456789abcdef/0123456789abcdef0123456789abcdef/",
        "/0123456789abcdef0123456789abcdef/0123456789abcdef0123456789abcdef/original",
    ];

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task A_key_that_is_not_tenant_id_and_variant_is_refused_before_touching_the_disk(string key)
    {
        using var root = new TempDirectory();
        var storage = new FileSystemMediaStorage(Path.Combine(root.Path, "media"));
        using var content = new MemoryStream([1, 2, 3]);

        Assert.False(MediaKeys.IsValid(key));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.SaveAsync(key, content));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.DeleteAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.ExistsAsync(key));
        Assert.Empty(Directory.EnumerateFileSystemEntries(root.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_variant_name_cannot_smuggle_a_path()
    {
        Assert.Throws<ArgumentException>(() => MediaKeys.For(Guid.NewGuid(), Guid.NewGuid(), "../x"));
        Assert.Throws<ArgumentException>(() => MediaKeys.For(Guid.NewGuid(), Guid.NewGuid(), "a/b"));
        Assert.Throws<ArgumentException>(() => MediaKeys.For(Guid.NewGuid(), Guid.NewGuid(), ""));
    }

    [Fact]
    public async Task Content_is_saved_read_and_deleted_under_the_tenants_folder()
    {
        using var root = new TempDirectory();
        var storage = new FileSystemMediaStorage(Path.Combine(root.Path, "media"));
        var tenant = Guid.NewGuid();
        var key = MediaKeys.For(tenant, Guid.NewGuid(), "original");

        Assert.False(await storage.ExistsAsync(key));
        Assert.Null(await storage.OpenReadAsync(key));
        using (var content = new MemoryStream([1, 2, 3]))
        {
            await storage.SaveAsync(key, content);
        }

        Assert.True(await storage.ExistsAsync(key));
        Assert.True(Directory.Exists(Path.Combine(root.Path, "media", tenant.ToString("N"))));
        await using (var read = await storage.OpenReadAsync(key))
        {
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            Assert.Equal([1, 2, 3], copy.ToArray());
        }

        await storage.DeleteAsync(key);
        await storage.DeleteAsync(key);
        Assert.False(await storage.ExistsAsync(key));
        Assert.Empty(Directory.EnumerateFiles(root.Path, "*", SearchOption.AllDirectories));
    }
}
