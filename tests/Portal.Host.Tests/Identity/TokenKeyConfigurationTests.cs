using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;

namespace Portal.Host.Tests.Identity;

/// <summary>
/// Several nodes that do not share a data path take their token keys from certificates named in
/// configuration. Runs on the embedded SQLite default: no server needed.
/// </summary>
public sealed class TokenKeyConfigurationTests
{
    private const string Password = "pfx-password-for-tests";

    [Fact]
    public async Task Configured_certificates_sign_and_encrypt_the_tokens_and_no_key_is_generated()
    {
        using var certificates = new TempDirectory();
        var signing = CreateCertificate(certificates.Path, "signing");
        CreateCertificate(certificates.Path, "encryption");
        await using var app = new PortalApp(WithCertificates(certificates.Path, Password));
        using var anonymous = app.CreateClient();

        var token = await app.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret);
        using var http = WithToken(app, token);
        using var response = await http.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        var jwks = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/jwks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(signing.Thumbprint, Assert.Single(jwks.GetProperty("keys").EnumerateArray()).GetProperty("kid").GetString());
        Assert.False(File.Exists(Path.Combine(app.DataPath, "keys", "token-signing-key.pem")));
        Assert.False(File.Exists(Path.Combine(app.DataPath, "keys", "token-encryption-key.pem")));
    }

    [Fact]
    public async Task A_wrong_certificate_password_stops_the_start()
    {
        using var certificates = new TempDirectory();
        CreateCertificate(certificates.Path, "signing");
        CreateCertificate(certificates.Path, "encryption");
        await using var app = new PortalApp(WithCertificates(certificates.Path, "not-the-password"));

        Assert.ThrowsAny<CryptographicException>(() => app.Server);
    }

    private static PortalAppSettings WithCertificates(string directory, string password)
    {
        var settings = new PortalAppSettings { UsePostgres = false };
        foreach (var purpose in new[] { "Signing", "Encryption" })
        {
            settings.Settings[$"Portal:Keys:{purpose}CertificatePath"] = Path.Combine(directory, purpose.ToLowerInvariant() + ".pfx");
            settings.Settings[$"Portal:Keys:{purpose}CertificatePassword"] = password;
        }

        return settings;
    }

    private static X509Certificate2 CreateCertificate(string directory, string purpose)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Portal test {purpose}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        File.WriteAllBytes(Path.Combine(directory, purpose + ".pfx"), certificate.Export(X509ContentType.Pfx, Password));
        return certificate;
    }
}
