using System.Net;
using Portal.Testing;
using Xunit;
using static Portal.CatalogueSearch.Tests.SearchApi;

namespace Portal.CatalogueSearch.Tests;

/// <summary>Bad search input gets a clean answer or a localized 400 with an <c>errors</c> map; never a 500.</summary>
public sealed class BadInputTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private PortalApp App => fixture.App;

    public static TheoryData<string, string> Refused() => new()
    {
        { "q=" + new string('云', 101), "q" },
        { "kind=factory", "kind" },
        { "kind=park&kind=Factory", "kind" },
        { "prefecture=atlantis", "prefecture" },
        { "chain=lithium-mining", "chain" },
        { "level=galactic", "level" },
        { "minAvailableMu=-1", "minAvailableMu" },
        { "maxLandPriceWanPerMu=-0.5", "maxLandPriceWanPerMu" },
        { "maxPowerPriceYuanPerKwh=-2", "maxPowerPriceYuanPerKwh" },
        { "minAvailableMu=lots", "minAvailableMu" },
        { "page=0", "page" },
        { "page=-3", "page" },
        { "page=abc", "page" },
        { "page=99999999999", "page" },
        { "pageSize=0", "pageSize" },
        { "pageSize=101", "pageSize" },
        { "sort=random", "sort" },
        { "inForce=maybe", "inForce" },
        { "chain=" + string.Join("&chain=", Enumerable.Range(0, 21).Select(i => "c" + i)), "chain" },
    };

    [ServiceTheory(Service.Postgres)]
    [MemberData(nameof(Refused))]
    public async Task Bad_input_is_a_localized_400_naming_the_field(string query, string field)
    {
        using var anonymous = App.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], FieldsWithErrors(problem));
        Assert.Equal("提交的数据有误", problem.GetProperty("title").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Unknown_codes_are_listed_with_the_allowed_ones_in_the_callers_language()
    {
        using var anonymous = App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?kind=factory&prefecture=atlantis");
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await anonymous.SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["kind", "prefecture"], FieldsWithErrors(problem));
        var kind = problem.GetProperty("errors").GetProperty("kind")[0].GetString()!;
        Assert.Contains("'factory' is not a valid value", kind, StringComparison.Ordinal);
        Assert.Contains("park, policy, project", kind, StringComparison.Ordinal);
        var prefecture = problem.GetProperty("errors").GetProperty("prefecture")[0].GetString()!;
        Assert.Contains("qujing", prefecture, StringComparison.Ordinal);
        Assert.Contains("dali", prefecture, StringComparison.Ordinal);
    }

    [ServiceTheory(Service.Postgres)]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("AND(")]
    [InlineData("\\")]
    [InlineData("园区 OR *:*")]
    [InlineData("title:\"x\" AND prefecture:dali")]
    [InlineData("~ ^ [ ] { } ! - + / ? :")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001园区")]
    public async Task Query_syntax_in_the_text_is_just_text(string text)
    {
        using var anonymous = App.CreateClient();

        var page = await SearchAsync(anonymous, Q(text));

        Assert.True(page.GetProperty("total").GetInt64() >= 0);
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            Assert.DoesNotContain("<script", item.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_page_beyond_the_end_is_empty_with_the_right_total_and_the_defaults_apply()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var id = await PublishNewAsync(a, "parks", Park("滇东碲铋产业园"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("碲铋")), p => Ids(p).Contains(id), "park searchable");

        var beyond = await SearchAsync(anonymous, Q("碲铋") + "&page=50&pageSize=10");
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
        Assert.True(beyond.GetProperty("total").GetInt64() >= 1);
        Assert.Equal(50, beyond.GetProperty("page").GetInt32());
        Assert.Equal(10, beyond.GetProperty("pageSize").GetInt32());

        var defaults = await SearchAsync(anonymous, "");
        Assert.Equal(1, defaults.GetProperty("page").GetInt32());
        Assert.Equal(20, defaults.GetProperty("pageSize").GetInt32());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Suggestions_are_bounded_too()
    {
        using var anonymous = App.CreateClient();

        using var tooLong = await anonymous.GetAsync(new Uri("/api/search/suggest?q=" + new string('滇', 101), UriKind.Relative));
        Assert.Equal(["q"], FieldsWithErrors(await AssertProblemAsync(tooLong, HttpStatusCode.BadRequest)));
        using var tooMany = await anonymous.GetAsync(new Uri("/api/search/suggest?q=a&max=500", UriKind.Relative));
        Assert.Equal(["max"], FieldsWithErrors(await AssertProblemAsync(tooMany, HttpStatusCode.BadRequest)));
        using var notANumber = await anonymous.GetAsync(new Uri("/api/search/suggest?q=a&max=x", UriKind.Relative));
        Assert.Equal(["max"], FieldsWithErrors(await AssertProblemAsync(notANumber, HttpStatusCode.BadRequest)));

        Assert.Empty((await GetJsonAsync(anonymous, "/api/search/suggest?q=")).GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKindArray, (await GetJsonAsync(anonymous, "/api/search/suggest?q=" + Uri.EscapeDataString("AND( \\ \" *"))).GetProperty("items").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindArray = System.Text.Json.JsonValueKind.Array;
}
