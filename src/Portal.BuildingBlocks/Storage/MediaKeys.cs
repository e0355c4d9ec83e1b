using System.Buffers;

namespace Portal.BuildingBlocks.Storage;

/// <summary>
/// The one shape a media key may have: <c>{owner:N}/{id:N}/{variant}</c> — two 32-digit lower-case hex
/// ids and a short lower-case name (<c>original</c>, <c>thumb</c>). Nothing else is accepted, so a key can
/// never climb out of the storage root (<c>..</c>, absolute paths, back-slashes, drive letters).
/// </summary>
public static class MediaKeys
{
    public const int MaxVariantLength = 32;

    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdef");
    private static readonly SearchValues<char> VariantChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>The key of one variant of one media item of one tenant (<paramref name="owner"/>: the prefecture).</summary>
    public static string For(Guid owner, Guid id, string variant)
    {
        var key = $"{owner:N}/{id:N}/{variant}";
        Validate(key);
        return key;
    }

    public static bool IsValid(string? key)
    {
        if (key is null)
        {
            return false;
        }

        var parts = key.Split('/');
        return parts.Length == 3
            && IsId(parts[0])
            && IsId(parts[1])
            && parts[2].Length is > 0 and <= MaxVariantLength
            && !parts[2].AsSpan().ContainsAnyExcept(VariantChars)
            && parts[2][0] != '-';
    }

    /// <exception cref="ArgumentException">The key is not of the one accepted shape.</exception>
    public static void Validate(string? key)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException($"Not a media key: '{key}'.", nameof(key));
        }
    }

    private static bool IsId(string part) => part.Length == 32 && !part.AsSpan().ContainsAnyExcept(Hex);
}
