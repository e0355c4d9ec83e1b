using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace Portal.Identity.Oidc;

/// <summary>
/// Token lifetimes, from <c>Portal:Tokens</c> (TimeSpan values, e.g. <c>"00:30:00"</c>):
/// <list type="bullet">
/// <item><c>AccessTokenLifetime</c>: 30 minutes. Access tokens are checked against their stored entry on
/// every call, so revocation is immediate; the lifetime bounds what a stolen token is worth.</item>
/// <item><c>IdentityTokenLifetime</c>: 20 minutes; <c>AuthorizationCodeLifetime</c>: 5 minutes (one use).</item>
/// <item><c>RefreshTokenLifetime</c>: 14 days. Every refresh rolls it (the old one is redeemed).</item>
/// <item><c>RefreshTokenReuseLeeway</c>: zero. A redeemed refresh token presented again is treated as
/// stolen: refused (<c>invalid_grant</c>) and every token of its authorization is revoked. A deployment
/// whose apps refresh concurrently may allow a few seconds.</item>
/// </list>
/// </summary>
internal sealed class OidcTokenOptions
{
    public const string SectionName = "Portal:Tokens";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan IdentityTokenLifetime { get; set; } = TimeSpan.FromMinutes(20);

    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;
}

/// <summary>Applies <see cref="OidcTokenOptions"/> to the OpenIddict server.</summary>
internal sealed class OidcTokenSettings(IOptions<OidcTokenOptions> tokens) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        var value = tokens.Value;
        options.AccessTokenLifetime = value.AccessTokenLifetime;
        options.IdentityTokenLifetime = value.IdentityTokenLifetime;
        options.AuthorizationCodeLifetime = value.AuthorizationCodeLifetime;
        options.RefreshTokenLifetime = value.RefreshTokenLifetime;
        options.RefreshTokenReuseLeeway = value.RefreshTokenReuseLeeway;
    }
}
