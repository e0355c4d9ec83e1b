using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Portal.BuildingBlocks;

namespace Portal.Identity.Security;

/// <summary>
/// The keys that sign and encrypt tokens, loaded once per process. A certificate named in configuration
/// wins (several nodes, keys from a secret store). Otherwise each key is an RSA key kept as a PKCS#8 PEM
/// file under <c>{DataPath}/keys/</c>, generated on first start: a plain PEM file needs no password that
/// would have to live beside it anyway, never touches the user's certificate store (as OpenIddict's
/// development certificates do), and nodes sharing the data path share the keys. The files are created
/// owner-only and published with an atomic rename, so two nodes starting together agree on one key.
/// </summary>
internal sealed class TokenKeyRing(IOptions<PortalOptions> portal, IOptions<SecurityOptions> security, ILogger<TokenKeyRing> logger)
{
    private const int RsaKeySize = 2048;

    private readonly Lazy<SigningCredentials> _signing = new(() => LoadSigning(portal.Value, security.Value.Keys, logger));
    private readonly Lazy<EncryptingCredentials> _encryption = new(() => LoadEncryption(portal.Value, security.Value.Keys, logger));

    public SigningCredentials Signing => _signing.Value;

    public EncryptingCredentials Encryption => _encryption.Value;

    public static string KeysDirectory(PortalOptions portal) => Path.Combine(portal.FullDataPath, "keys");

    private static SigningCredentials LoadSigning(PortalOptions portal, TokenKeyOptions keys, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(keys.SigningCertificatePath))
        {
            var certificate = LoadCertificate(keys.SigningCertificatePath, keys.SigningCertificatePassword);
            var algorithm = certificate.GetECDsaPrivateKey() is null ? SecurityAlgorithms.RsaSha256 : SecurityAlgorithms.EcdsaSha256;
            logger.LogInformation("Signing tokens with the certificate {Thumbprint}", certificate.Thumbprint);
            return new SigningCredentials(new X509SecurityKey(certificate), algorithm);
        }

        return new SigningCredentials(LoadOrCreateRsaKey(portal, "signing", logger), SecurityAlgorithms.RsaSha256);
    }

    private static EncryptingCredentials LoadEncryption(PortalOptions portal, TokenKeyOptions keys, ILogger logger)
    {
        SecurityKey key;
        if (!string.IsNullOrWhiteSpace(keys.EncryptionCertificatePath))
        {
            var certificate = LoadCertificate(keys.EncryptionCertificatePath, keys.EncryptionCertificatePassword);
            logger.LogInformation("Encrypting tokens with the certificate {Thumbprint}", certificate.Thumbprint);
            key = new X509SecurityKey(certificate);
        }
        else
        {
            key = LoadOrCreateRsaKey(portal, "encryption", logger);
        }

        return new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512);
    }

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        // Ephemeral key set: the private key stays in memory, nothing is written to a key store.
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The certificate {path} has no private key; tokens cannot be signed or decrypted with it.");
    }

    private static RsaSecurityKey LoadOrCreateRsaKey(PortalOptions portal, string purpose, ILogger logger)
    {
        var directory = KeysDirectory(portal);
        var path = Path.Combine(directory, $"token-{purpose}-key.pem");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(directory);
            using var generated = RSA.Create(RsaKeySize);
            if (TryPublish(path, generated.ExportPkcs8PrivateKeyPem()))
            {
                logger.LogInformation("Generated the token {Purpose} key {Path}", purpose, path);
            }
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa) };
    }

    /// <summary>Writes beside the target, then renames; false when another process published first.</summary>
    private static bool TryPublish(string path, string pem)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, options))
        {
            writer.Write(pem);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return false;
        }
    }

    /// <summary>A stable key id from the public key, so every node names the same key the same way.</summary>
    private static string KeyIdOf(RSA rsa) =>
        Convert.ToHexStringLower(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..32];
}
