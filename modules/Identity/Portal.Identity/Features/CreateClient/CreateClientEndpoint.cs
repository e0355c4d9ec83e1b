using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Identity.Clients;
using Portal.Identity.Localization;
using Portal.Identity.Security;

namespace Portal.Identity.Features.CreateClient;

/// <summary>
/// <c>POST /api/admin/clients</c>: a client for the caller's scope. A host caller creates host clients,
/// or a prefecture's (named by <c>tenant</c> or <c>X-Tenant</c>); a prefecture caller creates only its
/// own. Nobody grants a permission they do not hold, and a prefecture client never holds a host-only one.
/// </summary>
internal static class CreateClientEndpoint
{
    public static void Map(RouteGroupBuilder clients) => clients.MapPost("/", HandleAsync).WithSummary("Create a client; the secret is shown once");

    private static async Task<Results<Created<CreatedClientResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateClientRequest request,
        HttpContext http,
        ICurrentTenant currentTenant,
        ITenantStore tenants,
        ClientRegistry registry,
        IStringLocalizer<IdentityMessages> text,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var errors = CreateClientValidator.Validate(request, text);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var caller = http.User;
        var target = await TargetScopeAsync(request.Tenant, caller.TenantId(), currentTenant, tenants, text, cancellationToken);
        if (target.Refusal is { } refusal)
        {
            return refusal;
        }

        var type = CreateClientValidator.TypeOf(request)!;
        var granted = Grant(request.Permissions, type, target.Tenant, caller.PermissionSet(), text);
        if (granted.Refusal is { } denied)
        {
            return denied;
        }

        var displayName = request.DisplayName!.Trim();
        var redirectUris = (request.RedirectUris ?? []).Select(uri => CreateClientValidator.ParseRedirectUri(uri)!).ToList();
        var created = await registry.CreateAsync(
            new ClientRegistration(displayName, target.Tenant, granted.Permissions, type, redirectUris, caller.Subject()),
            cancellationToken);

        loggers.CreateLogger(typeof(CreateClientEndpoint).FullName!).LogInformation(
            "{Caller} created the {Type} client {ClientId} for {Tenant}",
            caller.Subject(), type, created.ClientId, target.Tenant?.Slug ?? "host");

        // The answer holds a secret: no cache anywhere may keep it.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created(
            $"/api/admin/clients/{created.ClientId}",
            new CreatedClientResponse(created.ClientId, created.ClientSecret, displayName, type, target.Tenant?.Slug, granted.Permissions));
    }

    private static async Task<(TenantInfo? Tenant, ProblemHttpResult? Refusal)> TargetScopeAsync(
        string? requestedSlug,
        Guid? callerTenant,
        ICurrentTenant currentTenant,
        ITenantStore tenants,
        IStringLocalizer<IdentityMessages> text,
        CancellationToken cancellationToken)
    {
        // The request's tenant is already resolved and checked: a prefecture caller is confined to its own.
        var current = currentTenant.Id is { } currentId ? await tenants.FindByIdAsync(currentId, cancellationToken) : null;
        var slug = requestedSlug?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(slug))
        {
            return (current, null);
        }

        if (callerTenant is not null)
        {
            return slug == current?.Slug
                ? (current, null)
                : (null, PortalResults.Problem(StatusCodes.Status403Forbidden, text["TenantOtherForbidden"], "client.other-tenant"));
        }

        if (current is not null)
        {
            return slug == current.Slug
                ? (current, null)
                : (null, Invalid("tenant", text["TenantHeaderMismatch"]));
        }

        var named = await tenants.FindBySlugAsync(slug, cancellationToken);
        return named is { IsActive: true }
            ? (named, null)
            : (null, Invalid("tenant", text["TenantUnknown", slug]));
    }

    private static (IReadOnlyList<string> Permissions, ProblemHttpResult? Refusal) Grant(
        string[]? requested, string type, TenantInfo? target, IReadOnlySet<string> held, IStringLocalizer<IdentityMessages> text)
    {
        // A public client acts for whoever signs in through it and holds nothing itself.
        if (type == OpenIddictConstants.ClientTypes.Public)
        {
            return ([], null);
        }

        var allowed = ClientScope.Allowed(target?.Id);
        if (requested is null)
        {
            return ([.. allowed.Where(held.Contains)], null);
        }

        var distinct = requested.Distinct(StringComparer.Ordinal).ToList();
        var errors = new ValidationErrors();
        foreach (var hostOnly in distinct.Where(permission => !allowed.Contains(permission)))
        {
            errors.Add($"permissions[{Array.IndexOf(requested, hostOnly)}]", text["PermissionHostOnly", hostOnly]);
        }

        if (errors.HasErrors)
        {
            return ([], Invalid(errors));
        }

        var notHeld = distinct.Where(permission => !held.Contains(permission)).ToList();
        if (notHeld.Count > 0)
        {
            var detail = text["PermissionNotHeld", string.Join(", ", notHeld)];
            return ([], PortalResults.Problem(StatusCodes.Status403Forbidden, detail, "client.permission-not-held"));
        }

        return ([.. allowed.Where(distinct.Contains)], null);
    }

    private static ProblemHttpResult Invalid(string field, string message) => Invalid(new ValidationErrors().Add(field, message));

    // Field errors that come from the caller's scope rather than the body alone: same shape as the validator's.
    private static ProblemHttpResult Invalid(ValidationErrors errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Status = StatusCodes.Status400BadRequest });
}
