using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using Portal.BuildingBlocks;
using Portal.Identity.Domain;
using Portal.Identity.Persistence;

namespace Portal.Identity.Security;

/// <summary>
/// Who the caller is. One default scheme, <see cref="Scheme"/>, picks per request: a request with an
/// <c>Authorization: Bearer</c> header is judged by its token (OpenIddict validation, nothing else),
/// any other by the back office's cookie. Being the default, it runs in <c>UseAuthentication</c>, so the
/// principal (and its tenant claim) is known before tenant resolution. Challenges and refusals on
/// <c>/api</c> are 401/403 problem details, never a redirect to a login page.
/// </summary>
internal static class PortalAuthentication
{
    public const string Scheme = "portal";

    /// <summary>Shared by every node that shares the data path, so cookies and antiforgery tokens survive a hop.</summary>
    public const string DataProtectionApplicationName = "yunnan-investment-portal";

    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(PortalOptions.SectionName));
        services.AddPortalDataProtection();
        services.AddPortalUsers();
        services.AddTokenServer();

        services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
                options.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Bearer token or back-office cookie", options =>
                options.ForwardDefaultSelector = context => HasBearerToken(context.Request)
                    ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(ConfigureApplicationCookie));
        return services;
    }

    private static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static void ConfigureApplicationCookie(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = "portal.auth";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.LoginPath = "/account/login";
        cookie.AccessDeniedPath = "/admin/access-denied";
        cookie.SlidingExpiration = true;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);

        // An API caller gets a status code (turned into problem details by the status-code pages),
        // a browser on a page gets the login page.
        cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
    }

    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static void AddPortalDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);

        // Keys under {DataPath}/keys/data-protection, resolved when first needed so that the data path
        // comes from the bound options like everything else.
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
            {
                var portal = provider.GetRequiredService<IOptions<PortalOptions>>().Value;
                var directory = new DirectoryInfo(Path.Combine(TokenKeyRing.KeysDirectory(portal), "data-protection"));
                options.XmlRepository = new FileSystemXmlRepository(directory, provider.GetRequiredService<ILoggerFactory>());
            }));
    }

    private static void AddPortalUsers(this IServiceCollection services) => services
        .AddIdentityCore<PortalUser>(options =>
        {
            // Pinned: the design-time factories that generate migrations see no options, hence
            // version 1; the runtime model must be the same or migrations would drift.
            options.Stores.SchemaVersion = IdentitySchemaVersions.Version1;

            // A starting policy; the back office's sign-in brings its own rules.
            options.Password.RequiredLength = 10;
            options.User.RequireUniqueEmail = false;
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

            // A person's cookie names them with "sub", as a token names its client: one claim to read.
            options.ClaimsIdentity.UserIdClaimType = OpenIddict.Abstractions.OpenIddictConstants.Claims.Subject;
        })
        .AddRoles<PortalRole>()
        .AddEntityFrameworkStores<IdentityModuleDbContext>()
        .AddSignInManager()
        .AddDefaultTokenProviders();

    private static void AddTokenServer(this IServiceCollection services)
    {
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityModuleDbContext>())
            .AddServer(server =>
            {
                // Discovery (/.well-known/openid-configuration) and JWKS (/.well-known/jwks) are on by default.
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetEndSessionEndpointUris("connect/logout");

                // Machine clients: client credentials. People through apps: authorization code, always
                // with PKCE (S256 only), and refresh tokens, rolled on every use (rolling is OpenIddict's
                // default); a redeemed refresh token presented again revokes the whole chain (see OidcTokenOptions).
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .AllowRefreshTokenFlow()
                    .RequireProofKeyForCodeExchange()
                    .Configure(options =>
                    {
                        options.CodeChallengeMethods.Clear();
                        options.CodeChallengeMethods.Add(OpenIddict.Abstractions.OpenIddictConstants.CodeChallengeMethods.Sha256);
                    });
                server.RegisterScopes([.. Contracts.OidcScopes.All]);

                // Which client may ask for what is decided by the portal's own rules (Oidc/*): a client's
                // grant types and redirect URIs are still enforced by OpenIddict; endpoints (revocation,
                // introspection) are open to every authenticated client for its own tokens only.
                server.IgnoreEndpointPermissions().IgnoreScopePermissions();

                // Lifetimes come from Portal:Tokens (OidcTokenOptions), applied by OidcTokenSettings.
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();

                // Every token is checked against its stored entry, so deleting a client (or, later,
                // revoking a token) takes effect at once rather than at expiry.
                validation.EnableTokenEntryValidation();
            });

        services.AddSingleton<TokenKeyRing>();
        services.AddHostedService<TokenKeyWarmup>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, TokenKeySetup>();
        services.AddSingleton<ServerSettingsSetup>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(provider => provider.GetRequiredService<ServerSettingsSetup>());
        services.AddSingleton<IConfigureOptions<OpenIddictServerAspNetCoreOptions>>(provider => provider.GetRequiredService<ServerSettingsSetup>());
        services.AddSingleton<IConfigureOptions<OpenIddictValidationOptions>>(provider => provider.GetRequiredService<ServerSettingsSetup>());
    }
}
