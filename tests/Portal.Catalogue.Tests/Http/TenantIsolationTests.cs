using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Xunit;
using static Portal.Catalogue.Tests.Http.CatalogueApi;
using static Portal.Catalogue.Tests.Http.CatalogueFixture;

namespace Portal.Catalogue.Tests.Http;

/// <summary>Each prefecture sees and changes its own catalogue only, tried from outside over HTTP.</summary>
public sealed class TenantIsolationTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_cannot_read_change_publish_or_delete_another_prefectures_items()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        var items = new Dictionary<string, Guid>
        {
            ["parks"] = await CreateIdAsync(b, "parks", Park("大理经开区")),
            ["policies"] = await CreateIdAsync(b, "policies", Policy("大理政策", "大政发〔2024〕8号")),
            ["projects"] = await CreateIdAsync(b, "projects", Project("大理项目")),
        };
        var bodies = new Dictionary<string, Dictionary<string, object?>>
        {
            ["parks"] = Park("被改名"),
            ["policies"] = Policy("被改名", "大政发〔2024〕9号"),
            ["projects"] = Project("被改名"),
        };

        foreach (var (kind, id) in items)
        {
            await AssertProblemAsync(await a.GetAsync(new Uri($"/api/admin/{kind}/{id}", UriKind.Relative)), HttpStatusCode.NotFound);
            await AssertProblemAsync(await a.PutAsJsonAsync($"/api/admin/{kind}/{id}", bodies[kind].With("version", 1)), HttpStatusCode.NotFound);
            foreach (var action in new[] { "publish", "unpublish", "archive" })
            {
                await AssertProblemAsync(await a.PostAsync(new Uri($"/api/admin/{kind}/{id}/{action}", UriKind.Relative), null), HttpStatusCode.NotFound);
            }

            await AssertProblemAsync(await a.DeleteAsync(new Uri($"/api/admin/{kind}/{id}", UriKind.Relative)), HttpStatusCode.NotFound);

            var untouched = await GetJsonAsync(b, $"/api/admin/{kind}/{id}");
            Assert.Equal(1, untouched.GetProperty("version").GetInt32());
            Assert.Equal("draft", untouched.GetProperty("status").GetString());
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task Lists_show_the_callers_prefecture_only_and_a_host_sees_the_one_it_names()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        using var hostInA = await fixture.HostAsync(SlugA);
        using var hostInB = await fixture.HostAsync(SlugB);
        await CreateIdAsync(a, "parks", Park("只属于曲靖的园区"));
        await CreateIdAsync(b, "parks", Park("只属于大理的园区"));

        var ofA = Names(await GetJsonAsync(a, "/api/admin/parks?pageSize=100"));
        var ofB = Names(await GetJsonAsync(b, "/api/admin/parks?pageSize=100"));
        var hostA = Names(await GetJsonAsync(hostInA, "/api/admin/parks?pageSize=100"));
        var hostB = Names(await GetJsonAsync(hostInB, "/api/admin/parks?pageSize=100&q=只属于"));

        Assert.Contains("只属于曲靖的园区", ofA);
        Assert.DoesNotContain("只属于大理的园区", ofA);
        Assert.Contains("只属于大理的园区", ofB);
        Assert.DoesNotContain("只属于曲靖的园区", ofB);
        Assert.Equal(ofA.Order(StringComparer.Ordinal), hostA.Order(StringComparer.Ordinal));
        Assert.Equal(["只属于大理的园区"], hostB);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_host_client_acting_in_a_prefecture_writes_that_prefectures_catalogue()
    {
        using var hostInA = await fixture.HostAsync(SlugA);
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();

        var id = await CreateIdAsync(hostInA, "parks", Park("省局代录园区"));

        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(a, $"/api/admin/parks/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(b, $"/api/admin/parks/{id}"));
        await ActAsync(hostInA, "parks", id, "publish");
        var seen = await GetJsonAsync(App.CreateClient(), $"/api/parks/{id}");
        Assert.Equal(SlugA, seen.GetProperty("prefecture").GetProperty("slug").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_host_caller_must_name_a_prefecture()
    {
        using var host = await fixture.HostAsync();

        var list = await AssertProblemAsync(await host.GetAsync(new Uri("/api/admin/parks", UriKind.Relative)), HttpStatusCode.BadRequest);
        var create = await AssertProblemAsync(await host.PostAsJsonAsync("/api/admin/policies", Policy()), HttpStatusCode.BadRequest);

        Assert.Equal("catalogue.prefecture-required", list.GetProperty("code").GetString());
        Assert.Contains("X-Tenant", list.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("catalogue.prefecture-required", create.GetProperty("code").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_client_cannot_switch_prefecture_and_anonymous_callers_cannot_administer()
    {
        using var aAsB = await fixture.ClientOfAAsync(tenant: SlugB);
        using var anonymous = App.CreateClient();

        await AssertProblemAsync(await aAsB.GetAsync(new Uri("/api/admin/parks", UriKind.Relative)), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await aAsB.PostAsJsonAsync("/api/admin/parks", Park()), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await anonymous.GetAsync(new Uri("/api/admin/parks", UriKind.Relative)), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await anonymous.PostAsJsonAsync("/api/admin/projects", Project()), HttpStatusCode.Unauthorized);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_policy_or_project_cannot_name_another_prefectures_park()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        var parkOfB = await CreateIdAsync(b, "parks", Park("大理的园区"));
        var parkOfA = await CreateIdAsync(a, "parks", Park("曲靖的园区"));

        using var policy = await a.PostAsJsonAsync("/api/admin/policies", Policy("越界政策", "曲政发〔2024〕77号", parkOfA, parkOfB));
        using var project = await a.PostAsJsonAsync("/api/admin/projects", Project("越界项目", parkOfB));

        Assert.Equal(["parks[1]"], FieldsWithErrors(await AssertProblemAsync(policy, HttpStatusCode.BadRequest)));
        Assert.Equal(["park"], FieldsWithErrors(await AssertProblemAsync(project, HttpStatusCode.BadRequest)));
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_public_sees_a_published_item_of_any_prefecture_until_the_prefecture_is_disabled()
    {
        var (slug, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        using var host = await fixture.HostAsync();
        using var anonymous = App.CreateClient();
        var id = await CreateIdAsync(client, "parks", Park("即将停用的州的园区"));
        await ActAsync(client, "parks", id, "publish");
        Assert.Equal(slug, (await GetJsonAsync(anonymous, $"/api/parks/{id}")).GetProperty("prefecture").GetProperty("slug").GetString());

        using var disabled = await host.PutAsJsonAsync($"/api/admin/tenants/{slug}", new { name = "停用州", nameEn = "Disabled", isActive = false });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, $"/api/parks/{id}"));
    }
}
