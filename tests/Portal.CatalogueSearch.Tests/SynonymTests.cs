using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Xunit;
using static Portal.CatalogueSearch.Tests.SearchApi;

namespace Portal.CatalogueSearch.Tests;

/// <summary>The host's industry synonym list: validated, stored, and used to widen searches at once.</summary>
public sealed class SynonymTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task The_seeded_list_lets_lithium_battery_find_a_new_energy_battery_park()
    {
        using var host = await fixture.HostAsync();
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var seeded = await GetJsonAsync(host, "/api/admin/search/synonyms");
        Assert.Contains(
            seeded.GetProperty("groups").EnumerateArray(),
            group => group.EnumerateArray().Select(t => t.GetString()).Contains("锂电池") && group.EnumerateArray().Select(t => t.GetString()).Contains("新能源电池"));

        var id = await PublishNewAsync(a, "parks", Park("沾益新能源电池产业园", "<p>新能源电池正负极材料集聚区。</p>", "new-energy-battery"));

        await EventuallyAsync(() => SearchAsync(anonymous, Q("锂电池")), p => Ids(p).Contains(id), "锂电池 finds the 新能源电池 park");
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_new_synonym_group_widens_searches_immediately_and_is_kept()
    {
        using var host = await fixture.HostAsync();
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var id = await PublishNewAsync(a, "parks", Park("会泽铅锌冶炼园"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("铅锌冶炼")), p => Ids(p).Contains(id), "park searchable");
        Assert.DoesNotContain(id, Ids(await SearchAsync(anonymous, Q("有色金属冶炼"))));

        var groups = (await GetJsonAsync(host, "/api/admin/search/synonyms")).GetProperty("groups").Deserialize<List<List<string>>>()!;
        groups.Add(["有色金属冶炼", "铅锌冶炼"]);
        using (var put = await host.PutAsJsonAsync("/api/admin/search/synonyms", new { groups }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        Assert.Contains(id, Ids(await SearchAsync(anonymous, Q("有色金属冶炼"))));
        var stored = await GetJsonAsync(host, "/api/admin/search/synonyms");
        Assert.Equal(groups.Count, stored.GetProperty("groups").GetArrayLength());

        // The change is in the audit log (through the outbox): who, and the list before and after.
        var deadline = DateTime.UtcNow + Deadline;
        JsonElement entry;
        while (true)
        {
            var page = await GetJsonAsync(host, "/api/admin/audit?entityType=synonym-list&action=search.synonyms-replaced");
            var found = page.GetProperty("items").EnumerateArray()
                .Where(e => e.GetProperty("changes").EnumerateArray().Any(c => c.GetProperty("field").GetString() == "groups" && (c.GetProperty("new").GetString() ?? "").Contains("有色金属冶炼 = 铅锌冶炼", StringComparison.Ordinal)))
                .ToList();
            if (found.Count > 0)
            {
                entry = found[0];
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No audit entry for the synonym change; last answer: {page}");
            await Task.Delay(100);
        }

        var change = entry.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "groups");
        Assert.DoesNotContain("有色金属冶炼", change.GetProperty("old").GetString() ?? "", StringComparison.Ordinal);
        Assert.Equal("catalogue", entry.GetProperty("entityId").GetString());
    }

    public static TheoryData<string, string> Invalid() => new()
    {
        { "{}", "groups" },
        { "{\"groups\":[[\"锂电池\"]]}", "groups[0]" },
        { "{\"groups\":[[\"锂电池\",\"新能源电池\"],[\"光伏\",\"\"]]}", "groups[1][1]" },
        { "{\"groups\":[[\"锂电池\",\"   \"]]}", "groups[0][1]" },
        { "{\"groups\":[[\"锂电池\",\"锂电池\"]]}", "groups[0][1]" },
        { "{\"groups\":[[\"锂电池\",\"" + new string('电', 31) + "\"]]}", "groups[0][1]" },
        { "{\"groups\":[[" + string.Join(",", Enumerable.Range(0, 21).Select(i => $"\"词{i}\"")) + "]]}", "groups[0]" },
        { "{\"groups\":[null]}", "groups[0]" },
    };

    [ServiceTheory(Service.Postgres)]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_list_is_refused_and_changes_nothing(string body, string field)
    {
        using var host = await fixture.HostAsync();
        var before = (await GetJsonAsync(host, "/api/admin/search/synonyms")).GetRawText();

        using var response = await host.PutAsync(
            new Uri("/api/admin/search/synonyms", UriKind.Relative),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(field, FieldsWithErrors(problem));
        Assert.Equal(before, (await GetJsonAsync(host, "/api/admin/search/synonyms")).GetRawText());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Only_the_host_keeps_the_list()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();

        using var asPrefecture = await a.GetAsync(new Uri("/api/admin/search/synonyms", UriKind.Relative));
        using var asNobody = await anonymous.PutAsJsonAsync("/api/admin/search/synonyms", new { groups = new[] { new[] { "a", "b" } } });

        Assert.Equal(HttpStatusCode.Forbidden, asPrefecture.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asNobody.StatusCode);
    }
}
