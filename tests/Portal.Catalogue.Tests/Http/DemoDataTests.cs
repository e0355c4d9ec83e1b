using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Catalogue.Contracts;
using Portal.Testing;
using Xunit;
using static Portal.Catalogue.Tests.Http.CatalogueApi;

namespace Portal.Catalogue.Tests.Http;

public sealed class DemoDataTests(DemoPortalFixture fixture) : IClassFixture<DemoPortalFixture>
{
    private PortalApp App => fixture.App;

    [Fact]
    public async Task Every_prefecture_has_published_parks_policies_and_projects()
    {
        using var anonymous = App.CreateClient();

        var prefectures = (await GetJsonAsync(anonymous, "/api/prefectures")).EnumerateArray().ToList();

        Assert.Equal(16, prefectures.Count);
        Assert.All(prefectures, p =>
        {
            var published = p.GetProperty("published");
            Assert.True(published.GetProperty("parks").GetInt32() >= 2, p.GetProperty("slug").GetString());
            Assert.True(published.GetProperty("policies").GetInt32() >= 1, p.GetProperty("slug").GetString());
            Assert.True(published.GetProperty("projects").GetInt32() >= 1, p.GetProperty("slug").GetString());
        });
    }

    [Fact]
    public async Task A_demo_park_is_found_by_chain_and_read_publicly_with_its_prefecture()
    {
        using var hostInQujing = await App.CreateHostClientAsync(tenant: "qujing");
        using var anonymous = App.CreateClient();

        var battery = await GetJsonAsync(hostInQujing, "/api/admin/parks?chain=new-energy-battery&status=published");
        var park = battery.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "曲靖经济技术开发区");
        var seen = await GetJsonAsync(anonymous, $"/api/parks/{park.GetProperty("id").GetGuid()}");

        Assert.Equal("qujing", seen.GetProperty("prefecture").GetProperty("slug").GetString());
        Assert.Equal("530300", seen.GetProperty("prefecture").GetProperty("code").GetString());
        Assert.InRange(seen.GetProperty("powerPriceYuanPerKwh").GetDecimal(), 0.3m, 0.5m);
        Assert.InRange(seen.GetProperty("latitude").GetDecimal(), 25m, 26m);
        Assert.Contains("new-energy-battery", seen.GetProperty("chains").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Demo_policies_include_expired_ones_that_the_filter_leaves_out()
    {
        using var hostInKunming = await App.CreateHostClientAsync(tenant: "kunming");
        using var anonymous = App.CreateClient();

        var expired = await GetJsonAsync(hostInKunming, "/api/admin/policies?expired=true");
        var inForce = await GetJsonAsync(hostInKunming, "/api/admin/policies?expired=false");
        var biomedicine = inForce.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("title").GetString() == "昆明市支持生物医药产业高质量发展若干措施");
        var policy = await GetJsonAsync(anonymous, $"/api/policies/{biomedicine.GetProperty("id").GetGuid()}");

        Assert.True(expired.GetProperty("total").GetInt32() >= 1);
        Assert.All(expired.GetProperty("items").EnumerateArray(), p => Assert.True(p.GetProperty("expired").GetBoolean()));
        Assert.All(inForce.GetProperty("items").EnumerateArray(), p => Assert.False(p.GetProperty("expired").GetBoolean()));
        Assert.Equal("昆明高新技术产业开发区", policy.GetProperty("parks")[0].GetProperty("name").GetString());
        Assert.Contains("<h3>", policy.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_demo_park_still_in_use_cannot_be_deleted_on_the_embedded_database_either()
    {
        using var hostInDali = await App.CreateHostClientAsync(tenant: "dali");
        var parks = await GetJsonAsync(hostInDali, "/api/admin/parks?q=洱源");
        var id = parks.GetProperty("items")[0].GetProperty("id").GetGuid();
        await ActAsync(hostInDali, "parks", id, "unpublish");

        using var response = await hostInDali.DeleteAsync(new Uri($"/api/admin/parks/{id}", UriKind.Relative));

        Assert.Equal("park.in-use", (await AssertProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        await ActAsync(hostInDali, "parks", id, "publish");
    }

    [Fact]
    public async Task A_reindex_finds_every_published_demo_park()
    {
        using var anonymous = App.CreateClient();
        var expected = (await GetJsonAsync(anonymous, "/api/prefectures")).EnumerateArray()
            .Sum(p => p.GetProperty("published").GetProperty("parks").GetInt32());

        await using var scope = App.Services.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogueModule>();
        var seen = new List<Guid>();
        Guid? after = null;
        while (await catalogue.ListPublishedIdsAsync(CatalogueItemKinds.Park, after, 7) is { Count: > 0 } page)
        {
            seen.AddRange(page);
            after = page[^1];
        }

        Assert.Equal(expected, seen.Distinct().Count());
        Assert.NotNull(await catalogue.FindPublishedParkAsync(seen[^1]));
    }

    [Fact]
    public async Task The_taxonomy_is_there_in_both_languages()
    {
        using var anonymous = App.CreateClient();

        var chains = await GetJsonAsync(anonymous, "/api/industry-chains");

        Assert.Equal(16, chains.GetArrayLength());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_catalogue_routes()
    {
        using var anonymous = App.CreateClient();

        var document = await GetJsonAsync(anonymous, "/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[]
        {
            "/api/industry-chains", "/api/parks/{id}", "/api/policies/{id}", "/api/projects/{id}",
            "/api/admin/parks", "/api/admin/parks/{id}", "/api/admin/parks/{id}/publish", "/api/admin/parks/{id}/unpublish",
            "/api/admin/parks/{id}/archive", "/api/admin/policies", "/api/admin/projects/{id}/publish",
        })
        {
            Assert.Contains(path, paths);
        }

        var listParameters = document.GetProperty("paths").GetProperty("/api/admin/parks").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["status", "q", "chain", "page", "pageSize"], listParameters);
    }
}
