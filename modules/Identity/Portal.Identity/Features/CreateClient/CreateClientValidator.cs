using System.Net;
using Microsoft.Extensions.Localization;
using OpenIddict.Abstractions;
using Portal.BuildingBlocks.Http;
using Portal.Identity.Contracts;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Domain;
using Portal.Identity.Localization;

namespace Portal.Identity.Features.CreateClient;

/// <summary>The checks that need nothing but the body.</summary>
internal static class CreateClientValidator
{
    public const int MaxRedirectUris = 10;
    public const int MaxPermissions = 50;

    public static ValidationErrors Validate(NewClient request, IStringLocalizer<IdentityMessages> text)
    {
        var errors = new ValidationErrors();
        var displayName = request.DisplayName?.Trim();
        if (string.IsNullOrEmpty(displayName))
        {
            errors.Add("displayName", text["DisplayNameRequired"]);
        }
        else if (displayName.Length > MachineClient.DisplayNameMaxLength)
        {
            errors.Add("displayName", text["DisplayNameTooLong", MachineClient.DisplayNameMaxLength]);
        }

        var type = TypeOf(request);
        if (type is null)
        {
            errors.Add("type", text["TypeInvalid"]);
        }
        else if (type == OpenIddictConstants.ClientTypes.Public)
        {
            CheckRedirectUris(request.RedirectUris, "redirectUris", required: true, errors, text);
            CheckRedirectUris(request.PostLogoutRedirectUris, "postLogoutRedirectUris", required: false, errors, text);
            if (request.Permissions is { Count: > 0 })
            {
                errors.Add("permissions", text["PermissionsNotForPublic"]);
            }
        }
        else
        {
            if (request.RedirectUris is { Count: > 0 })
            {
                errors.Add("redirectUris", text["RedirectUrisNotAllowed"]);
            }

            if (request.PostLogoutRedirectUris is { Count: > 0 })
            {
                errors.Add("postLogoutRedirectUris", text["RedirectUrisNotAllowed"]);
            }
        }

        if (request.Permissions is { Count: > MaxPermissions })
        {
            errors.Add("permissions", text["PermissionsTooMany", MaxPermissions]);
        }
        else if (request.Permissions is { } permissions)
        {
            for (var index = 0; index < permissions.Count; index++)
            {
                if (permissions[index] is not { } permission || !Permissions.IsKnown(permission))
                {
                    errors.Add($"permissions[{index}]", text["PermissionUnknown", permissions[index] ?? "null"]);
                }
            }
        }

        return errors;
    }

    /// <summary><c>confidential</c> (the default) or <c>public</c>; null for anything else.</summary>
    public static string? TypeOf(NewClient request) => request.Type?.Trim().ToLowerInvariant() switch
    {
        null or "" or OpenIddictConstants.ClientTypes.Confidential => OpenIddictConstants.ClientTypes.Confidential,
        OpenIddictConstants.ClientTypes.Public => OpenIddictConstants.ClientTypes.Public,
        _ => null,
    };

    private static void CheckRedirectUris(
        IReadOnlyList<string>? uris, string field, bool required, ValidationErrors errors, IStringLocalizer<IdentityMessages> text)
    {
        if (uris is not { Count: > 0 })
        {
            if (required)
            {
                errors.Add(field, text["RedirectUrisRequired"]);
            }

            return;
        }

        if (uris.Count > MaxRedirectUris)
        {
            errors.Add(field, text["RedirectUrisTooMany", MaxRedirectUris]);
            return;
        }

        for (var index = 0; index < uris.Count; index++)
        {
            if (ParseRedirectUri(uris[index]) is null)
            {
                errors.Add($"{field}[{index}]", text["RedirectUriInvalid"]);
            }
        }
    }

    /// <summary>https anywhere; http only on the loopback interface (native apps, RFC 8252 §7.3).</summary>
    public static Uri? ParseRedirectUri(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)
            || value.Length > 2000
            || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || !string.IsNullOrEmpty(uri.Fragment)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        return uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && loopback) ? uri : null;
    }
}
