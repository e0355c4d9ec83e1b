using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.Localization;
using Portal.BuildingBlocks.Security;

namespace Portal.BuildingBlocks.MultiTenancy;

/// <summary>
/// Decides which prefecture a request works for, failing closed. In order, first hit wins:
/// the signed-in principal's tenant claim (a different prefecture named by the request is a 403,
/// never a switch); the host name <c>{slug}.{suffix}</c>; the route prefix <c>/t/{slug}</c>; the
/// <c>X-Tenant</c> header, honoured for authenticated host callers only. An unknown or disabled
/// prefecture is a 404. There is deliberately no query-string or cookie switch.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Tenant";
    public const string RoutePrefix = "/t/";

    public async Task InvokeAsync(
        HttpContext context,
        ICurrentTenant currentTenant,
        ITenantStore tenants,
        IOptions<PortalOptions> options,
        IProblemDetailsService problems,
        IStringLocalizer<SharedMessages> localizer)
    {
        var resolution = await ResolveAsync(context, tenants, options.Value, context.RequestAborted);
        if (resolution.Status is { } status)
        {
            context.Response.StatusCode = status;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = status, Detail = localizer[resolution.Reason!] },
            });
            return;
        }

        if (resolution.Tenant is { } tenant)
        {
            context.Items[typeof(TenantInfo)] = tenant;
        }

        using (currentTenant.Change(resolution.Tenant?.Id, resolution.Tenant?.Slug))
        {
            await next(context);
        }
    }

    private static async Task<Resolution> ResolveAsync(
        HttpContext context, ITenantStore tenants, PortalOptions options, CancellationToken cancellationToken)
    {
        var user = context.User;
        var authenticated = user.Identity?.IsAuthenticated == true;
        var named = NamedByRequest(context, options);
        var header = context.Request.Headers[HeaderName].ToString();
        var hasHeader = !string.IsNullOrWhiteSpace(header);

        if (authenticated && user.FindFirstValue(PortalClaims.Tenant) is { } claim)
        {
            // A prefecture principal is confined to its own prefecture, whatever the request names.
            if (!Guid.TryParse(claim, out var tenantId)
                || await tenants.FindByIdAsync(tenantId, cancellationToken) is not { IsActive: true } own)
            {
                return Resolution.Fail(StatusCodes.Status404NotFound, "DetailUnknownTenant");
            }

            var mismatch = named.Append(hasHeader ? header.Trim() : null)
                .Any(slug => slug is not null && !string.Equals(slug, own.Slug, StringComparison.OrdinalIgnoreCase));
            return mismatch ? Resolution.Fail(StatusCodes.Status403Forbidden, "DetailTenantMismatch") : Resolution.Of(own);
        }

        var slugFromRequest = named.FirstOrDefault(slug => slug is not null);
        if (slugFromRequest is null && hasHeader)
        {
            if (!authenticated)
            {
                return Resolution.Fail(StatusCodes.Status401Unauthorized, "DetailTenantHeaderNotAllowed");
            }

            slugFromRequest = header.Trim();
        }

        if (slugFromRequest is null)
        {
            return Resolution.Host;
        }

        var tenant = await tenants.FindBySlugAsync(slugFromRequest.ToLowerInvariant(), cancellationToken);
        return tenant is { IsActive: true }
            ? Resolution.Of(tenant)
            : Resolution.Fail(StatusCodes.Status404NotFound, "DetailUnknownTenant");
    }

    private static IEnumerable<string?> NamedByRequest(HttpContext context, PortalOptions options)
    {
        yield return SlugFromHost(context.Request.Host.Host, options.TenantHostSuffix);
        yield return SlugFromPath(context.Request.Path);
    }

    internal static string? SlugFromHost(string host, string? suffix)
    {
        if (string.IsNullOrWhiteSpace(suffix))
        {
            return null;
        }

        var dotSuffix = "." + suffix.Trim().TrimStart('.');
        if (!host.EndsWith(dotSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var label = host[..^dotSuffix.Length];
        return label.Length == 0 || label.Contains('.', StringComparison.Ordinal) || label.Equals("www", StringComparison.OrdinalIgnoreCase)
            ? null
            : label.ToLowerInvariant();
    }

    internal static string? SlugFromPath(PathString path)
    {
        var value = path.Value;
        if (value is null || !value.StartsWith(RoutePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = value[RoutePrefix.Length..];
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        var slug = end < 0 ? rest : rest[..end];
        return slug.Length == 0 ? null : slug.ToLowerInvariant();
    }

    private readonly record struct Resolution(TenantInfo? Tenant, int? Status, string? Reason)
    {
        public static Resolution Host => default;

        public static Resolution Of(TenantInfo tenant) => new(tenant, null, null);

        public static Resolution Fail(int status, string reason) => new(null, status, reason);
    }
}
