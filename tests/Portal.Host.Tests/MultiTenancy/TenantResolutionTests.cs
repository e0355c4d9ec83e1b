using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.MultiTenancy;

/// <summary>How a request finds its prefecture, tried from outside over HTTP.</summary>
public sealed class TenantResolutionTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task A_prefecture_host_name_resolves_to_that_prefecture()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, code) = await TestData.CreatePrefectureAsync(host);
        using var anonymous = App.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/prefectures/current");
        request.Headers.Host = $"{slug}.portal.test";
        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(code, (await response.ReadJsonAsync()).GetProperty("code").GetString());
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task An_unknown_prefecture_host_name_or_route_prefix_is_not_found()
    {
        using var anonymous = App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/prefectures");
        request.Headers.Host = "atlantis.portal.test";

        using var byHost = await anonymous.SendAsync(request);
        using var byRoute = await anonymous.GetAsync("/t/atlantis");

        Assert.Equal(HttpStatusCode.NotFound, byHost.StatusCode);
        Assert.Equal("application/problem+json", byHost.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, byRoute.StatusCode);
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task Without_a_prefecture_the_request_belongs_to_the_host()
    {
        using var anonymous = App.CreateClient();

        using var response = await anonymous.GetAsync("/api/prefectures/current");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("tenant.none", (await response.ReadJsonAsync()).GetProperty("code").GetString());
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task An_anonymous_caller_cannot_pick_a_prefecture_with_the_header()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, _) = await TestData.CreatePrefectureAsync(host);
        using var anonymous = App.CreateClient();
        anonymous.DefaultRequestHeaders.Add("X-Tenant", slug);

        using var response = await anonymous.GetAsync("/api/prefectures/current");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task A_host_client_picks_a_prefecture_with_the_header_and_an_unknown_one_is_not_found()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, code) = await TestData.CreatePrefectureAsync(host);
        using var inPrefecture = await App.CreateHostClientAsync(tenant: slug);
        using var inNowhere = await App.CreateHostClientAsync(tenant: "atlantis");

        var current = await inPrefecture.GetFromJsonAsync<JsonElement>("/api/prefectures/current");
        using var unknown = await inNowhere.GetAsync("/api/prefectures/current");

        Assert.Equal(code, current.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task A_prefecture_client_is_confined_to_its_prefecture_whatever_it_names()
    {
        using var host = await App.CreateHostClientAsync();
        var (ownSlug, ownCode) = await TestData.CreatePrefectureAsync(host);
        var (otherSlug, _) = await TestData.CreatePrefectureAsync(host);
        using var created = await host.PostAsJsonAsync("/api/admin/clients", new { displayName = "州系统", tenant = ownSlug });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var credentials = await created.ReadJsonAsync();
        var clientId = credentials.GetProperty("clientId").GetString()!;
        var secret = credentials.GetProperty("clientSecret").GetString()!;

        using var plain = await App.CreateClientForAsync(clientId, secret);
        using var namingOwn = await App.CreateClientForAsync(clientId, secret, tenant: ownSlug);
        using var namingOther = await App.CreateClientForAsync(clientId, secret, tenant: otherSlug);

        Assert.Equal(ownCode, (await plain.GetFromJsonAsync<JsonElement>("/api/prefectures/current")).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await namingOwn.GetAsync("/api/prefectures/current")).StatusCode);
        using var forbidden = await namingOther.GetAsync("/api/prefectures/current");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var viaRoute = await plain.GetAsync($"/t/{otherSlug}");
        Assert.Equal(HttpStatusCode.Forbidden, viaRoute.StatusCode);
        using var byHostName = new HttpRequestMessage(HttpMethod.Get, "/api/prefectures/current");
        byHostName.Headers.Host = $"{otherSlug}.portal.test";
        Assert.Equal(HttpStatusCode.Forbidden, (await plain.SendAsync(byHostName)).StatusCode);
    }
}
