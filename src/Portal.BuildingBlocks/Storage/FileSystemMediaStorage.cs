using Microsoft.Extensions.Options;

namespace Portal.BuildingBlocks.Storage;

/// <summary>
/// Media as files under <c>{Portal:DataPath}/media/{tenant}/{id}/{variant}</c>. Writes go to a temporary
/// file first and are moved into place, so a reader never sees half a file. Several nodes may share the
/// directory (a shared volume): keys are unique and written once.
/// </summary>
public sealed class FileSystemMediaStorage : IMediaStorage
{
    private const int BufferSize = 81920;

    private readonly string _root;

    public FileSystemMediaStorage(IOptions<PortalOptions> options)
        : this(Path.Combine(options.Value.FullDataPath, "media"))
    {
    }

    public FileSystemMediaStorage(string root) => _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public string Root => _root;

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, useAsync: true));
        }
        catch (Exception missing) when (missing is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            return Task.CompletedTask;
        }

        var directory = Path.GetDirectoryName(path)!;
        if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            try
            {
                Directory.Delete(directory);
            }
            catch (IOException)
            {
                // Another variant is being written at the same moment: the directory stays, which is harmless.
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(File.Exists(PathOf(key)));

    /// <summary>The file of a key: only a well-formed key, and only ever inside the root (checked twice).</summary>
    private string PathOf(string key)
    {
        MediaKeys.Validate(key);
        var path = Path.GetFullPath(Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar)));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not a media key: '{key}'.", nameof(key));
        }

        return path;
    }
}
