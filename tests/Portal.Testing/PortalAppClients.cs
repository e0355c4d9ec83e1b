using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Testing;

/// <summary>HTTP clients for the portal under test, signed in the way outside callers are.</summary>
public static class PortalAppClients
{
    /// <summary>Gets an access token with the client-credentials grant from <c>POST /connect/token</c>.</summary>
    public static async Task<string> GetTokenAsync(this PortalApp app, string clientId, string clientSecret, string? scope = null)
    {
        using var http = app.CreateClient();
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request for {clientId} failed with {(int)response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A client that sends the given client's bearer token (and <c>X-Tenant</c> when given).</summary>
    public static async Task<HttpClient> CreateClientForAsync(this PortalApp app, string clientId, string clientSecret, string? tenant = null)
    {
        var token = await app.GetTokenAsync(clientId, clientSecret);
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (tenant is not null)
        {
            http.DefaultRequestHeaders.Add("X-Tenant", tenant);
        }

        return http;
    }

    /// <summary>A client signed in as the bootstrap host machine client (every permission).</summary>
    public static Task<HttpClient> CreateHostClientAsync(this PortalApp app, string? tenant = null) =>
        app.CreateClientForAsync(PortalApp.HostClientId, PortalApp.HostClientSecret, tenant);

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json;
    }
}
