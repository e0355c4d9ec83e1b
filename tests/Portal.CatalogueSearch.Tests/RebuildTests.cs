using System.Net;
using System.Text.Json;
using Portal.Testing;
using Xunit;
using static Portal.CatalogueSearch.Tests.SearchApi;

namespace Portal.CatalogueSearch.Tests;

/// <summary>A full rebuild re-projects everything published from the database, with progress every node can read.</summary>
public sealed class RebuildTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task The_admin_api_rebuilds_the_index_and_reports_progress()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        using var host = await fixture.HostAsync();
        using var anonymous = App.CreateClient();
        var park = await PublishNewAsync(a, "parks", Park("重建测试钒钛园"));
        var policy = await PublishNewAsync(b, "policies", Policy("重建测试钒钛政策", "大政发〔2026〕77号"));
        var project = await PublishNewAsync(a, "projects", Project("重建测试钒钛项目"));
        await CreateIdAsync(a, "parks", Park("重建测试钒钛草稿园"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("钒钛") + "&pageSize=100"), p => Ids(p).Length == 3, "three items indexed");

        using var started = await host.PostAsync(new Uri("/api/admin/search/rebuild", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var status = await started.ReadJsonAsync();
        Assert.Equal("running", status.GetProperty("state").GetString());

        var finished = await EventuallyAsync(
            () => GetJsonAsync(host, "/api/admin/search/rebuild"),
            s => s.GetProperty("state").GetString() is "succeeded" or "failed",
            "rebuild finished");
        Assert.Equal("succeeded", finished.GetProperty("state").GetString());
        Assert.Equal(finished.GetProperty("total").GetInt64(), finished.GetProperty("done").GetInt64());
        Assert.True(finished.GetProperty("done").GetInt64() >= 3);
        Assert.True(finished.GetProperty("finishedAt").GetDateTimeOffset() >= finished.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, finished.GetProperty("error").ValueKind);

        var page = await SearchAsync(anonymous, Q("钒钛") + "&pageSize=100");
        Assert.Equal(new[] { park, policy, project }.Order(), Ids(page).Order());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Prefectures_and_anonymous_callers_cannot_rebuild()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();

        using var asPrefecture = await a.PostAsync(new Uri("/api/admin/search/rebuild", UriKind.Relative), null);
        using var asNobody = await anonymous.PostAsync(new Uri("/api/admin/search/rebuild", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, asPrefecture.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asNobody.StatusCode);
    }
}
