using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Media.Domain;

namespace Portal.Catalogue.Media.Features;

/// <summary>An upload read off a multipart form: the bytes of the field <c>file</c>, its name as sent, and an optional caption.</summary>
internal sealed record Upload(byte[] Content, string? FileName, string? Caption);

/// <summary>
/// Reads <c>multipart/form-data</c> uploads. The form is read by hand rather than bound (an
/// <c>IFormFile</c> parameter would demand an antiforgery token from every API client): a bearer-token
/// caller is not exposed to CSRF, a back-office cookie caller must send the antiforgery token.
/// </summary>
internal static class UploadForm
{
    public const string FileField = "file";
    public const string CaptionField = "caption";

    public static async Task<(Upload? Upload, ProblemHttpResult? Problem)> ReadAsync(
        HttpContext http, long maxFileBytes, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return (null, PortalResults.Problem(StatusCodes.Status400BadRequest, text["MediaFileRequired"], "media.file-required"));
        }

        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return (null, PortalResults.Problem(StatusCodes.Status400BadRequest, text["MediaAntiforgery"], "media.antiforgery"));
            }
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile(FileField);
        if (file is null || file.Length == 0)
        {
            return (null, PortalResults.Problem(StatusCodes.Status400BadRequest, text["MediaFileRequired"], "media.file-required"));
        }

        if (file.Length > maxFileBytes)
        {
            return (null, PortalResults.Problem(StatusCodes.Status413PayloadTooLarge, text["MediaTooLarge", maxFileBytes / (1024 * 1024)], "media.too-large"));
        }

        var caption = form[CaptionField].ToString().Trim();
        if (caption.Length > MediaLimits.CaptionMaxLength)
        {
            return (null, PortalResults.Problem(StatusCodes.Status400BadRequest, text["MediaCaptionTooLong", MediaLimits.CaptionMaxLength], "media.caption-too-long"));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        return (new Upload(content, file.FileName, caption.Length == 0 ? null : caption), null);
    }
}
