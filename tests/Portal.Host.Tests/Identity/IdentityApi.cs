using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Identity;

/// <summary>The calls the identity tests make over and over, as an outside client makes them.</summary>
internal static class IdentityApi
{
    public const string ProblemJson = "application/problem+json";

    public static async Task<Guid> CreateTenantAsync(HttpClient host, string slug, string code)
    {
        using var response = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name = slug + "市", nameEn = slug });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<(string ClientId, string Secret)> CreateClientAsync(HttpClient caller, object body)
    {
        using var response = await caller.PostAsJsonAsync("/api/admin/clients", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return (json.GetProperty("clientId").GetString()!, json.GetProperty("clientSecret").GetString()!);
    }

    public static async Task<HttpResponseMessage> RequestTokenAsync(PortalApp app, string clientId, string clientSecret, string grantType = "client_credentials")
    {
        using var http = app.CreateClient();
        return await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }));
    }

    public static HttpClient WithToken(PortalApp app, string token, string? tenant = null)
    {
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (tenant is not null)
        {
            http.DefaultRequestHeaders.Add("X-Tenant", tenant);
        }

        return http;
    }

    public static async Task<string[]> ListClientIdsAsync(HttpClient caller)
    {
        using var response = await caller.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return [.. (await response.ReadJsonAsync()).EnumerateArray().Select(client => client.GetProperty("clientId").GetString()!)];
    }

    /// <summary>Asserts an RFC 9457 answer with the given status and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>
    /// Opens an access token with the keys the portal keeps under its data path: checks the signature and
    /// returns the claims, as a resource server holding the keys would see them.
    /// </summary>
    public static async Task<ClaimsIdentity> OpenTokenAsync(PortalApp app, string token)
    {
        var keys = Path.Combine(app.DataPath, "keys");
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = ReadRsaKey(Path.Combine(keys, "token-signing-key.pem")),
            TokenDecryptionKey = ReadRsaKey(Path.Combine(keys, "token-encryption-key.pem")),
            ValidateIssuer = false,
            ValidateAudience = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return result.ClaimsIdentity;
    }

    private static RsaSecurityKey ReadRsaKey(string path)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return new RsaSecurityKey(rsa);
    }
}
