namespace Portal.Identity.Security;

/// <summary>
/// The token server's settings, read from the <c>Portal</c> section beside <c>DataPath</c>:
/// <list type="bullet">
/// <item><c>Portal:RequireHttps</c> (default false): when true the OpenID Connect endpoints refuse plain
/// http. The embedded default and the tests run on http://127.0.0.1; a deployment behind TLS sets it
/// (with forwarded headers from its proxy, so that the request is seen as https).</item>
/// <item><c>Portal:Issuer</c>: a fixed issuer URL. Without it the issuer is the URL the request came to,
/// which breaks tokens used across host names (<c>qujing.example.org</c> vs <c>www.example.org</c>).</item>
/// <item><c>Portal:Keys:*</c>: certificates (.pfx) for signing and encrypting tokens, for several
/// nodes that do not share a data path; otherwise keys are generated once under <c>{DataPath}/keys</c>.</item>
/// </list>
/// </summary>
internal sealed class SecurityOptions
{
    public bool RequireHttps { get; set; }

    public string? Issuer { get; set; }

    public TokenKeyOptions Keys { get; set; } = new();
}

internal sealed class TokenKeyOptions
{
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }
}
