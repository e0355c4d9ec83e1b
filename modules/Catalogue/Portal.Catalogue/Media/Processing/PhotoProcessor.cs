using System.Security.Cryptography;
using Portal.Catalogue.Media.Domain;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Portal.Catalogue.Media.Processing;

/// <summary>A photo ready to store: the re-encoded picture, its thumbnail, and what to record about it.</summary>
internal sealed record ProcessedPhoto(byte[] Picture, byte[] Thumbnail, int Width, int Height, string Sha256)
{
    public const string ContentType = "image/jpeg";
}

/// <summary>
/// Turns an upload into a photo the portal can serve: the type is read off the bytes (JPEG, PNG or WebP;
/// the file name and the declared Content-Type are never trusted), the picture is decoded, turned upright,
/// shrunk to at most 1600 px on its long side with a 400 px thumbnail, stripped of every metadata
/// profile (EXIF with its GPS position, XMP, IPTC, ICC) and re-encoded as JPEG. Nothing of the original
/// file reaches the storage.
/// </summary>
internal static class PhotoProcessor
{
    private const int Quality = 85;

    /// <summary>The processed photo, or null when the bytes are not a picture we accept.</summary>
    public static ProcessedPhoto? Process(byte[] upload)
    {
        try
        {
            var format = Image.DetectFormat(upload);
            if (format is not (JpegFormat or PngFormat or WebpFormat))
            {
                return null;
            }

            var info = Image.Identify(upload);
            if (info is null || info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MediaLimits.MaxPixels)
            {
                return null;
            }

            using var image = Image.Load(upload);
            image.Mutate(x => x.AutoOrient());
            Shrink(image, MediaLimits.MaxSide);

            // JPEG has no transparency: a transparent PNG goes onto white, not black.
            image.Mutate(x => x.BackgroundColor(Color.White));
            Strip(image);
            var picture = Encode(image);

            using var thumbnail = image.Clone(_ => { });
            Shrink(thumbnail, MediaLimits.ThumbnailSide);
            Strip(thumbnail);
            var thumb = Encode(thumbnail);

            return new ProcessedPhoto(picture, thumb, image.Width, image.Height, Convert.ToHexStringLower(SHA256.HashData(picture)));
        }
        catch (Exception broken) when (broken is UnknownImageFormatException or InvalidImageContentException or ImageFormatException or NotSupportedException)
        {
            return null;
        }
    }

    private static void Shrink(Image image, int side)
    {
        if (image.Width > side || image.Height > side)
        {
            image.Mutate(x => x.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(side, side) }));
        }
    }

    /// <summary>No profile survives: the encoder would otherwise write EXIF, XMP and ICC back.</summary>
    private static void Strip(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.IccProfile = null;
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }

    private static byte[] Encode(Image image)
    {
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = Quality });
        return output.ToArray();
    }
}
