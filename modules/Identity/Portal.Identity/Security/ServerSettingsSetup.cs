using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation;

namespace Portal.Identity.Security;

/// <summary>Applies <see cref="SecurityOptions"/> (https requirement, fixed issuer) to the OpenIddict server and validation.</summary>
internal sealed class ServerSettingsSetup(IOptions<SecurityOptions> security)
    : IConfigureOptions<OpenIddictServerOptions>,
      IConfigureOptions<OpenIddictServerAspNetCoreOptions>,
      IConfigureOptions<OpenIddictValidationOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(security.Value.Issuer))
        {
            options.Issuer = new Uri(security.Value.Issuer, UriKind.Absolute);
        }
    }

    // Plain http is the embedded default (127.0.0.1) and what the in-memory test server speaks.
    public void Configure(OpenIddictServerAspNetCoreOptions options) =>
        options.DisableTransportSecurityRequirement = !security.Value.RequireHttps;

    /// <summary>
    /// Without a fixed issuer, each token names the host it was requested at, and the portal answers on
    /// several (<c>qujing.example.org</c>, an internal address, a load balancer's name). Only this portal holds
    /// the keys that sign and encrypt its tokens and only this portal validates them, so a token that opens
    /// with those keys is ours whatever host it names: the issuer is not compared then. With
    /// <c>Portal:Issuer</c> set, OpenIddict compares it strictly.
    /// </summary>
    public void Configure(OpenIddictValidationOptions options)
    {
        if (string.IsNullOrWhiteSpace(security.Value.Issuer))
        {
            options.TokenValidationParameters.IssuerValidator = static (issuer, _, _) => issuer;
        }
    }
}
