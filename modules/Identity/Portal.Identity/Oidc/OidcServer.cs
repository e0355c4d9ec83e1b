using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Portal.Identity.Contracts;
using Portal.Identity.Oidc.Audit;
using Portal.Identity.Oidc.Authorize;
using Portal.Identity.Oidc.Consent;
using Portal.Identity.Oidc.EndSession;
using Portal.Identity.Oidc.Introspect;
using Portal.Identity.Oidc.Token;
using Portal.Identity.Oidc.UserInfo;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Portal.Identity.Oidc;

/// <summary>
/// The OpenID Connect side of the token server: people signing in to third-party and mobile apps
/// (authorization code + PKCE, consent, refresh tokens), userinfo and end session. The OpenIddict
/// server itself (endpoints, flows, scopes) is configured in <c>Security/PortalAuthentication</c>;
/// revocation (<c>/connect/revoke</c>) and introspection (<c>/connect/introspect</c>) are answered by
/// OpenIddict alone, for the calling client's own tokens.
/// </summary>
internal static class OidcServer
{
    public static IServiceCollection AddPortalOidc(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OidcTokenOptions>().Bind(configuration.GetSection(OidcTokenOptions.SectionName));
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OidcTokenSettings>();
        services.AddHttpContextAccessor();
        services.AddScoped<OidcAudit>();
        services.AddScoped<PortalUserPrincipals>();
        services.AddSingleton<PendingAuthorizations>();
        services.AddScoped<IConsentPrompts, ConsentPrompts>();
        services.AddOpenIddict().AddServer(server => server
            .AddEventHandler<ApplyTokenResponseContext>(handler => handler
                .UseScopedHandler<TokenRefusalAudit>()
                .SetOrder(int.MinValue + 100_000))
            .AddEventHandler(IntrospectionCallers.Descriptor));
        return services;
    }

    public static IEndpointRouteBuilder MapPortalOidc(this IEndpointRouteBuilder endpoints)
    {
        AuthorizeEndpoint.Map(endpoints);
        PendingAuthorizations.Map(endpoints);
        UserInfoEndpoint.Map(endpoints);
        EndSessionEndpoint.Map(endpoints);
        return endpoints;
    }
}
