using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.Users.UsersApi;

namespace Portal.Host.Tests.Identity.Users;

/// <summary>
/// <c>/admin/clients</c>: a prefecture admin lists, creates (the secret shown once, never cached) and deletes (only
/// after confirming) the clients of its own prefecture, with the same rules as <c>/api/admin/clients</c>.
/// </summary>
public sealed partial class ClientPagesTests(UsersFixture fixture) : IClassFixture<UsersFixture>
{
    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_admin_creates_a_client_sees_its_secret_once_and_deletes_it_after_confirming()
    {
        using var session = await fixture.SignedInAsync(fixture.AdminA);

        // The form offers only what the admin holds and a prefecture client may hold.
        using var form = await session.Http.GetAsync(new Uri("/admin/clients/new", UriKind.Relative));
        var formHtml = await form.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("value=\"catalogue.manage\"", formHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"tenants.manage\"", formHtml, StringComparison.Ordinal);

        using var created = await session.PostFormAsync("/admin/clients/new", new Dictionary<string, string>
        {
            ["DisplayName"] = "曲靖招商对接系统",
            ["Type"] = "confidential",
            ["SelectedPermissions"] = "catalogue.manage",
        });
        var html = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var clientId = WebUtility.HtmlDecode(ClientIdPattern().Match(html).Groups[1].Value);
        var secret = WebUtility.HtmlDecode(SecretPattern().Match(html).Groups[1].Value);
        Assert.StartsWith("qujing-", clientId, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(secret), html);

        // The secret works, and is nowhere to be read again.
        var token = await fixture.App.GetTokenAsync(clientId, secret);
        using var list = await session.Http.GetAsync(new Uri("/admin/clients", UriKind.Relative));
        var listHtml = await list.Content.ReadAsStringAsync();
        Assert.Contains(clientId, listHtml, StringComparison.Ordinal);
        using var details = await session.Http.GetAsync(new Uri($"/admin/clients/{clientId}", UriKind.Relative));
        var detailsHtml = await details.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.DoesNotContain(secret, listHtml + detailsHtml, StringComparison.Ordinal);

        // Deleting needs the confirmation box; without it nothing happens.
        using var unconfirmed = await session.PostFormAsync($"/admin/clients/{clientId}", new Dictionary<string, string>(), $"/admin/clients/{clientId}?handler=Delete");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        using (var stillThere = await session.Http.GetAsync(new Uri($"/admin/clients/{clientId}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        }

        using var deleted = await session.PostFormAsync(
            $"/admin/clients/{clientId}", new Dictionary<string, string> { ["Confirm"] = "true" }, $"/admin/clients/{clientId}?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        using var gone = await session.Http.GetAsync(new Uri($"/admin/clients/{clientId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        // Its tokens stop working, and both changes are audited.
        using var caller = fixture.App.CreateClient();
        caller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var call = await caller.GetAsync(new Uri("/api/admin/parks", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, call.StatusCode);
        Assert.Contains(await AuditEntriesAsync(fixture.App, "identity.client-created"), e => e.GetProperty("entityId").GetString() == clientId);
        Assert.Contains(await AuditEntriesAsync(fixture.App, "identity.client-deleted"), e => e.GetProperty("entityId").GetString() == clientId);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Another_prefectures_client_is_a_404_on_the_pages_and_a_delete_without_token_is_refused()
    {
        using var host = await fixture.App.CreateHostClientAsync(UsersFixture.SlugB);
        using var created = await host.PostAsync(
            new Uri("/api/admin/clients", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { displayName = "大理系统", tenant = UsersFixture.SlugB }));
        var clientId = (await created.ReadJsonAsync()).GetProperty("clientId").GetString()!;
        using var session = await fixture.SignedInAsync(fixture.AdminA);

        using var page = await session.Http.GetAsync(new Uri($"/admin/clients/{clientId}", UriKind.Relative));
        using var delete = await session.PostFormAsync(
            "/admin/clients", new Dictionary<string, string> { ["Confirm"] = "true" }, $"/admin/clients/{clientId}?handler=Delete");
        using var forged = await session.Http.PostAsync(
            new Uri($"/admin/clients/{clientId}?handler=Delete", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Confirm"] = "true" }));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var stillThere = await host.GetAsync(new Uri($"/api/admin/clients/{clientId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [GeneratedRegex("id=\"client-id\">([^<]+)<")]
    private static partial Regex ClientIdPattern();

    [GeneratedRegex("id=\"client-secret\">([^<]+)<")]
    private static partial Regex SecretPattern();
}
