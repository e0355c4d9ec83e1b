namespace Portal.BuildingBlocks.Storage;

/// <summary>
/// Where uploaded media (photos, PDF attachments) live, by key. The file system under
/// <c>{Portal:DataPath}/media/</c> by default (<see cref="FileSystemMediaStorage"/>); a shared volume is the
/// same implementation on a mounted path. An S3-compatible store is a second implementation of this
/// interface, not written yet.
/// </summary>
/// <remarks>
/// Keys are built by <see cref="MediaKeys.For"/>: <c>{tenant id}/{media id}/{variant}</c>, so two
/// prefectures never share a path. Every implementation must refuse any other shape of key
/// (<see cref="MediaKeys.Validate"/>), which makes path traversal impossible whatever the caller passes.
/// </remarks>
public interface IMediaStorage
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, replacing what was there; atomic for readers.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The stored content for reading, or null when nothing is stored under the key. The caller disposes it.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes the content; nothing happens when there is none.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);
}
