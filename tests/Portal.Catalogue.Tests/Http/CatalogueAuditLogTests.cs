using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Xunit;
using static Portal.Catalogue.Tests.Http.CatalogueApi;

namespace Portal.Catalogue.Tests.Http;

/// <summary>
/// Every change of a park, policy or project reaches the audit log (through the catalogue's outbox, so
/// the tests poll <c>GET /api/admin/audit</c>): who, which prefecture, what changed. A refused change
/// leaves nothing.
/// </summary>
public sealed class CatalogueAuditLogTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);

    [ServiceFact(Service.Postgres)]
    public async Task A_parks_life_is_audited_with_the_client_the_prefecture_and_the_changes()
    {
        using var a = await fixture.ClientOfAAsync();
        using var host = await fixture.HostAsync();
        var id = await CreateIdAsync(a, "parks", Park("审计园区"));
        using (var edited = await a.PutAsJsonAsync($"/api/admin/parks/{id}", Park("审计园区（二期）")
            .With("availableLandMu", 5000m).With("chains", new[] { "new-materials" }).With("description", "<p>扩区</p>").With("version", 1)))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        await ActAsync(a, "parks", id, "publish");
        await ActAsync(a, "parks", id, "unpublish");
        await ActAsync(a, "parks", id, "archive");
        Assert.Equal(HttpStatusCode.NoContent, (await a.DeleteAsync(new Uri($"/api/admin/parks/{id}", UriKind.Relative))).StatusCode);

        var entries = Items(await WaitForAsync(host, $"?entityType=park&entityId={id}", 6));
        Assert.Equal(
            ["park.deleted", "park.archived", "park.unpublished", "park.published", "park.updated", "park.created"],
            entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e =>
        {
            Assert.Equal(fixture.ClientA.Id, e.GetProperty("actorId").GetString());
            Assert.Equal("client", e.GetProperty("actorKind").GetString());
            Assert.Equal(CatalogueFixture.SlugA, e.GetProperty("tenant").GetString());
            Assert.Equal("park", e.GetProperty("entityType").GetString());
            Assert.Equal(id.ToString(), e.GetProperty("entityId").GetString());
            Assert.Equal("succeeded", e.GetProperty("outcome").GetString());
        });

        var created = Changes(entries[5]);
        Assert.Equal((null, "审计园区"), created["name"]);
        Assert.Equal((null, "6800"), created["availableLandMu"]);
        Assert.Equal((null, "draft"), created["status"]);
        Assert.DoesNotContain("description", created.Keys);

        var updated = Changes(entries[4]);
        Assert.Equal(("审计园区", "审计园区（二期）"), updated["name"]);
        Assert.Equal(("6800", "5000"), updated["availableLandMu"]);
        Assert.Equal((null, "(changed)"), updated["chains"]);
        Assert.Equal((null, "(changed)"), updated["description"]);
        Assert.Equal(("1", "2"), updated["version"]);
        Assert.DoesNotContain("county", updated.Keys);
        Assert.DoesNotContain("plannedAreaMu", updated.Keys);

        Assert.Equal(("draft", "published"), Changes(entries[3])["status"]);
        Assert.Equal(("published", "draft"), Changes(entries[2])["status"]);
        Assert.Equal(("draft", "archived"), Changes(entries[1])["status"]);
        var deleted = Changes(entries[0]);
        Assert.Equal(("审计园区（二期）", null), deleted["name"]);
        Assert.Equal(("archived", null), deleted["status"]);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Policies_and_projects_are_audited_alike_and_the_prefecture_reads_its_own_entries()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        var policy = await CreateIdAsync(a, "policies", Policy("审计政策", "曲政发〔2025〕77号"));
        using (var edited = await a.PutAsJsonAsync($"/api/admin/policies/{policy}", Policy("审计政策", "曲政发〔2025〕77号")
            .With("effectiveTo", "2031-06-30").With("body", "<p>修订</p>").With("version", 1)))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        await ActAsync(a, "policies", policy, "publish");
        var project = await CreateIdAsync(a, "projects", Project("审计项目"));
        await ActAsync(a, "projects", project, "publish");

        var policyEntries = Items(await WaitForAsync(a, $"?action=policy.&entityId={policy}", 3));
        Assert.Equal(["policy.published", "policy.updated", "policy.created"], policyEntries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal((null, "审计政策"), Changes(policyEntries[2])["title"]);
        Assert.Equal((null, "2024-01-01"), Changes(policyEntries[2])["effectiveFrom"]);
        var policyUpdate = Changes(policyEntries[1]);
        Assert.Equal(("2030-12-31", "2031-06-30"), policyUpdate["effectiveTo"]);
        Assert.Equal((null, "(changed)"), policyUpdate["body"]);
        Assert.DoesNotContain("title", policyUpdate.Keys);

        var projectEntries = Items(await WaitForAsync(a, $"?entityType=project&entityId={project}", 2));
        Assert.Equal(["project.published", "project.created"], projectEntries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal((null, "200000"), Changes(projectEntries[1])["investmentWan"]);
        Assert.All(projectEntries, e => Assert.Equal(CatalogueFixture.SlugA, e.GetProperty("tenant").GetString()));

        // Another prefecture never sees them.
        Assert.Equal(0, (await GetAuditAsync(b, $"?entityId={policy}")).GetProperty("total").GetInt32());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_refused_or_unchanged_edit_leaves_no_updated_entry()
    {
        using var a = await fixture.ClientOfAAsync();
        using var host = await fixture.HostAsync();
        var id = await CreateIdAsync(a, "projects", Project("被拒项目"));

        using (var invalid = await a.PutAsJsonAsync($"/api/admin/projects/{id}", Project("被拒项目").With("investmentWan", -1m).With("version", 1)))
        {
            await AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        }

        using (var unchanged = await a.PutAsJsonAsync($"/api/admin/projects/{id}", Project("被拒项目").With("version", 1)))
        {
            Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
            Assert.Equal(1, (await unchanged.ReadJsonAsync()).GetProperty("version").GetInt32());
        }

        await ActAsync(a, "projects", id, "publish");
        using (var stale = await a.PutAsJsonAsync($"/api/admin/projects/{id}", Project("过期版本").With("version", 1)))
        {
            await AssertProblemAsync(stale, HttpStatusCode.Conflict);
        }

        using (var published = await a.DeleteAsync(new Uri($"/api/admin/projects/{id}", UriKind.Relative)))
        {
            await AssertProblemAsync(published, HttpStatusCode.Conflict);
        }

        // Publishing again changes nothing: no entry either. Then one more real change, committed after every refusal.
        await ActAsync(a, "projects", id, "publish");
        await ActAsync(a, "projects", id, "archive");

        var entries = Items(await WaitForAsync(host, $"?entityId={id}", 3));
        Assert.Equal(["project.archived", "project.published", "project.created"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(0, (await GetAuditAsync(host, $"?action=project.updated&entityId={id}")).GetProperty("total").GetInt32());
    }

    private static async Task<JsonElement> GetAuditAsync(HttpClient client, string query) => await GetJsonAsync(client, "/api/admin/audit" + query);

    /// <summary>Polls until the query finds at least <paramref name="count"/> entries (delivery goes through the outbox), or fails after a timeout.</summary>
    private static async Task<JsonElement> WaitForAsync(HttpClient client, string query, int count)
    {
        var deadline = DateTime.UtcNow + DeliveryTimeout;
        while (true)
        {
            var page = await GetAuditAsync(client, query);
            if (page.GetProperty("total").GetInt32() >= count)
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Fewer than {count} audit entries for {query} within {DeliveryTimeout.TotalSeconds} s; last answer: {page}");
            await Task.Delay(100);
        }
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static Dictionary<string, (string? Old, string? New)> Changes(JsonElement entry) =>
        entry.GetProperty("changes").EnumerateArray().ToDictionary(
            c => c.GetProperty("field").GetString()!,
            c => (c.GetProperty("old").GetString(), c.GetProperty("new").GetString()));
}
