using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;
using static Portal.Host.Tests.Identity.PrefectureClientFixture;

namespace Portal.Host.Tests.Identity;

/// <summary>A prefecture's machine client is confined to its prefecture, whatever it asks for.</summary>
public sealed class PrefectureClientTests(PrefectureClientFixture fixture) : IClassFixture<PrefectureClientFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_clients_token_carries_its_prefecture_and_no_host_only_permission()
    {
        var token = await App.GetTokenAsync(fixture.ClientA.Id, fixture.ClientA.Secret);

        var claims = await OpenTokenAsync(App, token);

        Assert.Equal(fixture.ClientA.Id, claims.FindFirst("sub")?.Value);
        Assert.Equal(fixture.TenantA.ToString(), claims.FindFirst("tenant")?.Value);
        Assert.Equal(SlugA, claims.FindFirst("tenant_slug")?.Value);
        var permissions = claims.FindAll("permission").Select(c => c.Value).ToList();
        Assert.Contains("clients.manage", permissions);
        Assert.Contains("catalogue.manage", permissions);
        Assert.DoesNotContain(permissions, Portal.Identity.Contracts.Permissions.HostOnly.Contains);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Each_scope_lists_its_own_clients_only()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        using var host = await App.CreateHostClientAsync();

        var ofA = await ListClientIdsAsync(a);
        var ofB = await ListClientIdsAsync(b);
        var ofHost = await ListClientIdsAsync(host);

        Assert.Contains(fixture.ClientA.Id, ofA);
        Assert.DoesNotContain(fixture.ClientB.Id, ofA);
        Assert.Contains(fixture.ClientB.Id, ofB);
        Assert.DoesNotContain(fixture.ClientA.Id, ofB);
        Assert.Contains(PortalApp.HostClientId, ofHost);
        Assert.DoesNotContain(fixture.ClientA.Id, ofHost);
        Assert.DoesNotContain(PortalApp.HostClientId, ofA);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_host_sees_a_prefectures_clients_by_naming_it_in_X_Tenant()
    {
        using var hostInA = await App.CreateHostClientAsync(tenant: SlugA);

        var ids = await ListClientIdsAsync(hostInA);

        Assert.Contains(fixture.ClientA.Id, ids);
        Assert.DoesNotContain(fixture.ClientB.Id, ids);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_client_naming_another_prefecture_in_X_Tenant_gets_403()
    {
        using var aAsB = await fixture.ClientOfAAsync(tenant: SlugB);

        using var list = await aAsB.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        using var create = await aAsB.PostAsJsonAsync("/api/admin/clients", new { displayName = "sneaky" });

        await AssertProblemAsync(list, HttpStatusCode.Forbidden);
        await AssertProblemAsync(create, HttpStatusCode.Forbidden);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_client_reads_its_own_clients_and_another_prefectures_are_not_found()
    {
        using var a = await fixture.ClientOfAAsync();

        using var own = await a.GetAsync(new Uri($"/api/admin/clients/{fixture.ClientA.Id}", UriKind.Relative));
        using var other = await a.GetAsync(new Uri($"/api/admin/clients/{fixture.ClientB.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var client = await own.ReadJsonAsync();
        Assert.Equal(SlugA, client.GetProperty("tenant").GetString());
        Assert.Equal("confidential", client.GetProperty("type").GetString());
        Assert.False(client.TryGetProperty("clientSecret", out _));
        await AssertProblemAsync(other, HttpStatusCode.NotFound);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Deleting_another_prefectures_client_is_a_404_and_changes_nothing()
    {
        using var a = await fixture.ClientOfAAsync();

        using var response = await a.DeleteAsync(new Uri($"/api/admin/clients/{fixture.ClientB.Id}", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
        using var b = await fixture.ClientOfBAsync();
        Assert.Contains(fixture.ClientB.Id, await ListClientIdsAsync(b));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_client_creates_clients_for_its_own_prefecture_only()
    {
        using var a = await fixture.ClientOfAAsync();

        using var forB = await a.PostAsJsonAsync("/api/admin/clients", new { displayName = "for Dali", tenant = SlugB });
        using var forUnknown = await a.PostAsJsonAsync("/api/admin/clients", new { displayName = "for nowhere", tenant = "nowhere" });
        var own = await CreateClientAsync(a, new { displayName = "for Qujing", tenant = SlugA });

        await AssertProblemAsync(forB, HttpStatusCode.Forbidden);
        await AssertProblemAsync(forUnknown, HttpStatusCode.Forbidden);
        var claims = await OpenTokenAsync(App, await App.GetTokenAsync(own.ClientId, own.Secret));
        Assert.Equal(fixture.TenantA.ToString(), claims.FindFirst("tenant")?.Value);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_client_can_never_grant_a_host_only_permission()
    {
        using var a = await fixture.ClientOfAAsync();
        using var host = await App.CreateHostClientAsync();

        using var byA = await a.PostAsJsonAsync("/api/admin/clients", new { displayName = "x", permissions = new[] { "tenants.manage" } });
        using var byHost = await host.PostAsJsonAsync("/api/admin/clients", new { displayName = "x", tenant = SlugA, permissions = new[] { "reports.read", "inquiries.route" } });

        var problem = await AssertProblemAsync(byA, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("permissions[0]", out _));
        var hostProblem = await AssertProblemAsync(byHost, HttpStatusCode.BadRequest);
        Assert.True(hostProblem.GetProperty("errors").TryGetProperty("permissions[1]", out _));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Nobody_grants_a_permission_they_do_not_hold_and_the_default_is_what_the_creator_holds()
    {
        using var host = await App.CreateHostClientAsync();
        var narrow = await CreateClientAsync(host, new { displayName = "narrow", tenant = SlugA, permissions = new[] { "clients.manage", "catalogue.manage" } });
        using var asNarrow = await App.CreateClientForAsync(narrow.ClientId, narrow.Secret);

        using var wider = await asNarrow.PostAsJsonAsync("/api/admin/clients", new { displayName = "wider", permissions = new[] { "reports.read" } });
        var byDefault = await CreateClientAsync(asNarrow, new { displayName = "default" });

        var problem = await AssertProblemAsync(wider, HttpStatusCode.Forbidden);
        Assert.Contains("reports.read", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var claims = await OpenTokenAsync(App, await App.GetTokenAsync(byDefault.ClientId, byDefault.Secret));
        Assert.Equal(["catalogue.manage", "clients.manage"], claims.FindAll("permission").Select(c => c.Value).Order(StringComparer.Ordinal));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_client_cannot_create_a_tenant()
    {
        using var a = await fixture.ClientOfAAsync();

        using var response = await a.PostAsJsonAsync("/api/admin/tenants", new { slug = "lijiang", code = "530700", name = "丽江市", nameEn = "Lijiang" });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Deleting_a_client_ends_its_tokens_and_its_access_at_once()
    {
        using var a = await fixture.ClientOfAAsync();
        var doomed = await CreateClientAsync(a, new { displayName = "doomed" });
        var token = await App.GetTokenAsync(doomed.ClientId, doomed.Secret);

        using var deleted = await a.DeleteAsync(new Uri($"/api/admin/clients/{doomed.ClientId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var withOldToken = WithToken(App, token);
        using var call = await withOldToken.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        await AssertProblemAsync(call, HttpStatusCode.Unauthorized);
        using var newToken = await RequestTokenAsync(App, doomed.ClientId, doomed.Secret);
        Assert.Equal("invalid_client", (await newToken.ReadJsonAsync()).GetProperty("error").GetString());
        Assert.DoesNotContain(doomed.ClientId, await ListClientIdsAsync(a));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Disabling_a_prefecture_stops_its_clients_new_tokens_and_old_ones()
    {
        using var host = await App.CreateHostClientAsync();
        await CreateTenantAsync(host, "lincang", "530900");
        var client = await CreateClientAsync(host, new { displayName = "Lincang", tenant = "lincang" });
        var token = await App.GetTokenAsync(client.ClientId, client.Secret);

        using var disabled = await host.PutAsJsonAsync("/api/admin/tenants/lincang", new { name = "临沧市", nameEn = "Lincang", isActive = false });

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        using var refused = await RequestTokenAsync(App, client.ClientId, client.Secret);
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        Assert.Equal("invalid_client", (await refused.ReadJsonAsync()).GetProperty("error").GetString());
        using var withOldToken = WithToken(App, token);
        using var call = await withOldToken.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        await AssertProblemAsync(call, HttpStatusCode.NotFound);
    }
}
