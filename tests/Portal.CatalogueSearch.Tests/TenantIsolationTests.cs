using Portal.Testing;
using Xunit;
using static Portal.CatalogueSearch.Tests.SearchApi;

namespace Portal.CatalogueSearch.Tests;

/// <summary>A search made for one prefecture never shows another prefecture's items, however it is asked.</summary>
public sealed class TenantIsolationTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_scoped_search_shows_only_that_prefectures_items()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        using var anonymous = App.CreateClient();
        var parkA = await PublishNewAsync(a, "parks", Park("滇东钪合金产业园"));
        var parkB = await PublishNewAsync(b, "parks", Park("洱海钪合金产业园"));
        await EventuallyAsync(
            () => SearchAsync(anonymous, Q("钪合金")),
            p => Ids(p).Contains(parkA) && Ids(p).Contains(parkB),
            "both prefectures' parks in the province-wide search");

        // The prefecture's prefix, even when the query names the other prefecture.
        var underA = await GetJsonAsync(anonymous, "/t/qujing/api/search?" + Q("钪合金"));
        Assert.Equal([parkA], Ids(underA));
        Assert.Equal(["qujing"], underA.GetProperty("facets").GetProperty("prefecture").EnumerateObject().Select(p => p.Name));
        Assert.Empty(Ids(await GetJsonAsync(anonymous, "/t/qujing/api/search?" + Q("钪合金") + "&prefecture=dali")));
        Assert.DoesNotContain(parkB, Ids(await GetJsonAsync(anonymous, "/t/qujing/api/search?" + Q("洱海钪合金产业园"))));
        Assert.Empty((await GetJsonAsync(anonymous, "/t/qujing/api/search/suggest?q=" + Uri.EscapeDataString("洱海"))).GetProperty("items").EnumerateArray());

        // A host caller naming Dali with X-Tenant.
        using var hostAsB = await fixture.HostAsync(SearchFixture.SlugB);
        Assert.Equal([parkB], Ids(await SearchAsync(hostAsB, Q("钪合金"))));

        // A prefecture's own token confines it to its prefecture whatever it asks.
        Assert.Equal([parkA], Ids(await SearchAsync(a, Q("钪合金") + "&prefecture=dali&prefecture=qujing")));
        Assert.Equal([parkB], Ids(await SearchAsync(b, Q("钪合金"))));
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_prefecture_filter_narrows_a_province_wide_search_and_facets_still_count_the_others()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        using var anonymous = App.CreateClient();
        var parkA = await PublishNewAsync(a, "parks", Park("滇东锶盐化工园"));
        var parkB = await PublishNewAsync(b, "parks", Park("洱海锶盐化工园"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("锶盐")), p => Ids(p).Contains(parkA) && Ids(p).Contains(parkB), "both parks searchable");

        var onlyB = await SearchAsync(anonymous, Q("锶盐") + "&prefecture=dali");

        Assert.Equal([parkB], Ids(onlyB));
        Assert.Equal(1, onlyB.GetProperty("total").GetInt64());
        var facet = onlyB.GetProperty("facets").GetProperty("prefecture");
        Assert.Equal(1, facet.GetProperty("qujing").GetInt64());
        Assert.Equal(1, facet.GetProperty("dali").GetInt64());
    }
}
