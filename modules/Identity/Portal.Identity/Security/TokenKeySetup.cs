using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace Portal.Identity.Security;

/// <summary>Hands the key ring's keys to the OpenIddict server when its options are first built.</summary>
internal sealed class TokenKeySetup(TokenKeyRing keys) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        options.SigningCredentials.Add(keys.Signing);
        options.EncryptionCredentials.Add(keys.Encryption);
    }
}
