using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Catalogue.Contracts;
using Portal.Testing;
using Xunit;
using static Portal.Catalogue.Tests.Http.CatalogueApi;

namespace Portal.Catalogue.Tests.Http;

public sealed class PoliciesAndProjectsTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task A_published_policy_names_only_published_parks_and_shows_as_expired_after_its_last_day()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var shown = await CreateIdAsync(a, "parks", Park("已发布园区"));
        await ActAsync(a, "parks", shown, "publish");
        var hidden = await CreateIdAsync(a, "parks", Park("草稿园区"));
        var body = Policy("老政策（2020—2021年）", "曲政发〔2020〕3号", shown, hidden).With("effectiveFrom", "2020-01-01").With("effectiveTo", "2021-12-31");

        var created = await CreateAsync(a, "policies", body);
        var id = created.GetProperty("id").GetGuid();
        Assert.True(created.GetProperty("expired").GetBoolean());
        Assert.Equal(2, created.GetProperty("parks").GetArrayLength());
        await ActAsync(a, "policies", id, "publish");

        var policy = await GetJsonAsync(anonymous, $"/api/policies/{id}");
        Assert.True(policy.GetProperty("expired").GetBoolean());
        Assert.Equal("2021-12-31", policy.GetProperty("effectiveTo").GetString());
        Assert.Equal("曲政发〔2020〕3号", policy.GetProperty("documentNumber").GetString());
        var parks = policy.GetProperty("parks").EnumerateArray().ToList();
        Assert.Single(parks);
        Assert.Equal(shown, parks[0].GetProperty("id").GetGuid());
        Assert.Equal("已发布园区", parks[0].GetProperty("name").GetString());

        var inForce = await GetJsonAsync(a, "/api/admin/policies?expired=false&pageSize=100");
        var ended = await GetJsonAsync(a, "/api/admin/policies?expired=true&pageSize=100");
        Assert.DoesNotContain("老政策（2020—2021年）", Names(inForce, "title"));
        Assert.Contains("老政策（2020—2021年）", Names(ended, "title"));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_document_number_is_unique_per_issuer_within_a_prefecture()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        var first = await CreateIdAsync(a, "policies", Policy("政策一", "曲政发〔2024〕21号"));

        using var duplicate = await a.PostAsJsonAsync("/api/admin/policies", Policy("政策二", " 曲政发〔2024〕21号 "));
        var otherIssuer = await CreateIdAsync(a, "policies", Policy("政策三", "曲政发〔2024〕21号").With("issuer", "曲靖市工业和信息化局"));
        var otherPrefecture = await CreateIdAsync(b, "policies", Policy("政策四", "曲政发〔2024〕21号"));
        var withoutNumber = await CreateIdAsync(a, "policies", Policy("政策五", "曲政发〔2024〕22号").With("documentNumber", null));
        await CreateIdAsync(a, "policies", Policy("政策六", "曲政发〔2024〕23号").With("documentNumber", null));
        using var renumber = await a.PutAsJsonAsync($"/api/admin/policies/{withoutNumber}", Policy("政策五", "曲政发〔2024〕21号").With("version", 1));

        var problem = await AssertProblemAsync(duplicate, HttpStatusCode.Conflict);
        Assert.Equal("policy.document-number-taken", problem.GetProperty("code").GetString());
        Assert.Contains("曲政发〔2024〕21号", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("policy.document-number-taken", (await AssertProblemAsync(renumber, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.NotEqual(first, otherIssuer);
        Assert.NotEqual(first, otherPrefecture);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_project_shows_its_park_publicly_only_once_the_park_is_published()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var park = await CreateIdAsync(a, "parks", Park("项目所在园区"));
        var created = await CreateAsync(a, "projects", Project("储能电芯项目", park));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(park, created.GetProperty("park").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, $"/api/projects/{id}"));

        await ActAsync(a, "projects", id, "publish");
        var withoutPark = await GetJsonAsync(anonymous, $"/api/projects/{id}");
        Assert.Equal(JsonValueKind.Null, withoutPark.GetProperty("park").ValueKind);
        Assert.Equal(200000m, withoutPark.GetProperty("investmentWan").GetDecimal());
        Assert.Equal("sole", withoutPark.GetProperty("cooperationMode").GetString());
        Assert.Equal("招商局", withoutPark.GetProperty("contact").GetProperty("name").GetString());

        await ActAsync(a, "parks", park, "publish");
        var withPark = await GetJsonAsync(anonymous, $"/api/projects/{id}");
        Assert.Equal("项目所在园区", withPark.GetProperty("park").GetProperty("name").GetString());

        var listed = await GetJsonAsync(a, "/api/admin/projects?chain=new-energy-battery&q=储能");
        Assert.Equal(["储能电芯项目"], Names(listed));
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_prefecture_list_counts_each_prefectures_published_items()
    {
        var (slug, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        using var anonymous = App.CreateClient();
        var park = await CreateIdAsync(client, "parks", Park("计数园区一"));
        await CreateIdAsync(client, "parks", Park("计数园区二"));
        var policy = await CreateIdAsync(client, "policies", Policy("计数政策", "测政发〔2024〕1号"));
        await CreateIdAsync(client, "projects", Project("计数项目"));
        await ActAsync(client, "parks", park, "publish");
        await ActAsync(client, "policies", policy, "publish");

        Assert.Equal((1, 1, 0), await PublishedCountsAsync(anonymous, slug));

        await ActAsync(client, "parks", park, "archive");
        Assert.Equal((0, 1, 0), await PublishedCountsAsync(anonymous, slug));
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_taxonomy_lists_sixteen_chains_with_chinese_and_english_names()
    {
        using var anonymous = App.CreateClient();

        var chains = (await GetJsonAsync(anonymous, "/api/industry-chains")).EnumerateArray().ToList();

        Assert.Equal(16, chains.Count);
        Assert.Equal("green-aluminium", chains[0].GetProperty("code").GetString());
        Assert.Equal("绿色铝", chains[0].GetProperty("nameZh").GetString());
        Assert.Equal("Green aluminium", chains[0].GetProperty("nameEn").GetString());
        Assert.Contains(chains, c => c.GetProperty("code").GetString() == "cultural-tourism" && c.GetProperty("nameZh").GetString() == "文化旅游");
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_reindex_pages_through_every_published_item_and_reloads_each_by_id()
    {
        using var b = await fixture.ClientOfBAsync();
        var published = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = await CreateIdAsync(b, "parks", Park($"重建索引园区{i}"));
            await ActAsync(b, "parks", id, "publish");
            published.Add(id);
        }

        var draft = await CreateIdAsync(b, "parks", Park("重建索引草稿"));

        await using var scope = App.Services.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogueModule>();
        var seen = new List<Guid>();
        Guid? after = null;
        while (await catalogue.ListPublishedIdsAsync(CatalogueItemKinds.Park, after, 2) is { Count: > 0 } page)
        {
            seen.AddRange(page);
            after = page[^1];
        }

        Assert.Subset(seen.ToHashSet(), published.ToHashSet());
        Assert.DoesNotContain(draft, seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal("dali", (await catalogue.FindPublishedParkAsync(published[0]))!.Prefecture.Slug);
        Assert.Null(await catalogue.FindPublishedParkAsync(draft));
    }

    private static async Task<(int Parks, int Policies, int Projects)> PublishedCountsAsync(HttpClient anonymous, string slug)
    {
        var prefectures = await anonymous.GetFromJsonAsync<JsonElement>("/api/prefectures");
        var counts = prefectures.EnumerateArray().Single(p => p.GetProperty("slug").GetString() == slug).GetProperty("published");
        return (counts.GetProperty("parks").GetInt32(), counts.GetProperty("policies").GetInt32(), counts.GetProperty("projects").GetInt32());
    }
}
