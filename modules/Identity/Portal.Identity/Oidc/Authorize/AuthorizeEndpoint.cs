using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Http;
using Portal.Identity.Clients;
using Portal.Identity.Oidc.Audit;
using Portal.Identity.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Identity.Oidc.Authorize;

/// <summary>
/// <c>GET|POST /connect/authorize</c>. OpenIddict has checked the client, its redirect URI, the
/// response type and the PKCE challenge (S256, required) before this runs. This decides who signs in
/// and whether they have agreed:
/// <list type="number">
/// <item>No back-office cookie: a challenge, i.e. the login page with a short return URL that resumes
/// this request (<see cref="PendingAuthorizations"/>; <c>prompt=none</c>: <c>login_required</c>;
/// <c>prompt=login</c>: the cookie is dropped first).</item>
/// <item>The person must still be allowed to sign in, and the app must serve their prefecture
/// (a prefecture's app serves only its own people; a host app serves anyone): else <c>access_denied</c>.</item>
/// <item>A permanent authorization for this person, app and scopes: a code at once. Otherwise the
/// consent page (<c>/connect/consent</c>, same parameters), which posts the same parameters back here
/// with <c>consent=accept|deny</c> and an antiforgery token.</item>
/// </list>
/// </summary>
internal static class AuthorizeEndpoint
{
    public const string ConsentPagePath = "/connect/consent";
    public const string ConsentField = "consent";
    public const string Accept = "accept";
    public const string Deny = "deny";

    // Form fields of the consent page that are not part of the authorization request.
    private static readonly HashSet<string> NotRequestParameters = new(StringComparer.Ordinal) { ConsentField, "__RequestVerificationToken" };

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], HandleAsync)
        .AllowAnonymous()
        .DisableAntiforgery() // checked below, for the consent decision only: a form_post request from an app carries none
        .ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOpenIddictApplicationManager applications,
        IOpenIddictAuthorizationManager authorizations,
        PortalUserPrincipals principals,
        OidcAudit audit,
        IAntiforgery antiforgery,
        CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing; is passthrough enabled?");
        var decision = await ConsentDecisionAsync(http, antiforgery);
        if (decision == ConsentDecision.Forged)
        {
            return PortalResults.Problem(StatusCodes.Status400BadRequest, "The consent form has expired or was not sent by this portal.", "oidc.consent.antiforgery");
        }

        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || cookie.Principal is null)
        {
            return request.HasPromptValue(PromptValues.None)
                ? Refuse(Errors.LoginRequired, "The user is not signed in.")
                : await ChallengeAsync(http, request, dropPrompt: false);
        }

        if (request.HasPromptValue(PromptValues.Login) && decision == ConsentDecision.None)
        {
            // Asked to sign in again: forget the cookie and come back here without prompt=login.
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            return await ChallengeAsync(http, request, dropPrompt: true);
        }

        var standing = await principals.FindAsync(cookie.Principal.Subject(), cancellationToken);
        if (standing.User is null)
        {
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            return await ChallengeAsync(http, request, dropPrompt: false);
        }

        var user = standing.User;
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("OpenIddict let an unknown client through.");
        var client = ClientScope.From(await applications.GetPropertiesAsync(application, cancellationToken));
        var actor = new Actor(user.Id.ToString(), user.UserName, user.TenantId, request.ClientId!);
        if (!standing.MayGetTokens || !PortalUserPrincipals.MayServe(client, user))
        {
            var reason = standing.Refusal ?? "This application serves another prefecture's users only.";
            await audit.RecordAsync(actor.Entry(OidcAuditActions.AuthorizationRefused, AuditOutcomes.Denied, reason), cancellationToken);
            return Refuse(Errors.AccessDenied, reason);
        }

        var scopes = request.GetScopes();
        var applicationId = await applications.GetIdAsync(application, cancellationToken)
            ?? throw new InvalidOperationException("The client has no id.");
        var existing = new List<object>();
        await foreach (var authorization in authorizations.FindAsync(
            user.Id.ToString(), applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes, cancellationToken))
        {
            existing.Add(authorization);
        }

        switch (decision)
        {
            case ConsentDecision.Deny:
                await audit.RecordAsync(actor.Entry(OidcAuditActions.ConsentDenied, AuditOutcomes.Denied, string.Join(' ', scopes)), cancellationToken);
                return Refuse(Errors.AccessDenied, "The user denied the request.");

            case ConsentDecision.Accept:
                var identity = await principals.CreateIdentityAsync(standing, scopes);
                var created = await authorizations.CreateAsync(
                    new ClaimsPrincipal(identity), user.Id.ToString(), applicationId, AuthorizationTypes.Permanent, scopes, cancellationToken);
                identity.SetAuthorizationId(await authorizations.GetIdAsync(created, cancellationToken));
                await audit.RecordAsync(actor.Entry(OidcAuditActions.ConsentGranted, AuditOutcomes.Succeeded, string.Join(' ', scopes)), cancellationToken);
                return SignIn(identity);
        }

        if (existing.Count > 0 && !request.HasPromptValue(PromptValues.Consent))
        {
            var identity = await principals.CreateIdentityAsync(standing, scopes);
            identity.SetAuthorizationId(await authorizations.GetIdAsync(existing[^1], cancellationToken));
            return SignIn(identity);
        }

        if (request.HasPromptValue(PromptValues.None))
        {
            return Refuse(Errors.ConsentRequired, "The user has not consented to this application.");
        }

        return Results.Redirect(ConsentPagePath + RequestQuery(request, dropPrompt: false));
    }

    private static async Task<ConsentDecision> ConsentDecisionAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType)
        {
            return ConsentDecision.None;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var value = form[ConsentField].ToString();
        if (string.IsNullOrEmpty(value))
        {
            return ConsentDecision.None;
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return ConsentDecision.Forged;
        }

        return value switch
        {
            Accept => ConsentDecision.Accept,
            Deny => ConsentDecision.Deny,
            _ => ConsentDecision.Forged,
        };
    }

    /// <summary>The request's own parameters as a query string, to come back here or to show the consent page.</summary>
    public static QueryString RequestQuery(OpenIddictRequest request, bool dropPrompt)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var (name, value) in request.GetParameters())
        {
            if (NotRequestParameters.Contains(name) || (dropPrompt && name == Parameters.Prompt))
            {
                continue;
            }

            foreach (var item in (StringValues)value)
            {
                pairs.Add(new(name, item));
            }
        }

        return QueryString.Create(pairs);
    }

    // The login page comes back to a short resume URL rather than to the (long) request itself.
    private static async Task<IResult> ChallengeAsync(HttpContext http, OpenIddictRequest request, bool dropPrompt)
    {
        var resume = await http.RequestServices.GetRequiredService<PendingAuthorizations>()
            .SaveAsync(RequestQuery(request, dropPrompt), http.RequestAborted);
        return Results.Challenge(new AuthenticationProperties { RedirectUri = resume }, [IdentityConstants.ApplicationScheme]);
    }

    private static IResult SignIn(ClaimsIdentity identity) =>
        Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    // OAuth error descriptions must be plain ASCII (RFC 6749 §4.1.2.1), so these are not localized.
    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private enum ConsentDecision
    {
        None,
        Accept,
        Deny,
        Forged,
    }

    private sealed record Actor(string UserId, string? UserName, Guid? TenantId, string ClientId)
    {
        public OidcAuditEntry Entry(string action, string outcome, string details) =>
            new(action, outcome, TenantId, UserId, UserName, ActorKinds.User, ClientId, details);
    }
}
