using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit.Contracts;
using Portal.Catalogue.Persistence;
using Portal.Testing;
using Xunit;
using static Portal.Catalogue.Tests.Http.CatalogueApi;

namespace Portal.Catalogue.Tests.Http;

/// <summary>A prefecture's system writes a park, publishes it, edits it while the public keeps the published version.</summary>
public sealed class ParkPublishingTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task A_park_goes_from_draft_to_published_and_the_public_sees_only_the_published_version()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();

        using var created = await a.PostAsJsonAsync("/api/admin/parks", Park("麒麟新能源产业园"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.ReadJsonAsync();
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal($"/api/admin/parks/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal(1, draft.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, $"/api/parks/{id}"));

        var published = await ActAsync(a, "parks", id, "publish");
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Equal(2, published.GetProperty("version").GetInt32());

        var seen = await GetJsonAsync(anonymous, $"/api/parks/{id}");
        Assert.Equal("麒麟新能源产业园", seen.GetProperty("name").GetString());
        Assert.Equal("qujing", seen.GetProperty("prefecture").GetProperty("slug").GetString());
        Assert.Equal("曲靖市", seen.GetProperty("prefecture").GetProperty("name").GetString());
        Assert.Equal(6800m, seen.GetProperty("availableLandMu").GetDecimal());
        Assert.Equal(0.36m, seen.GetProperty("powerPriceYuanPerKwh").GetDecimal());
        Assert.Equal(["new-energy-battery", "new-materials"], seen.GetProperty("chains").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("招商局", seen.GetProperty("contacts")[0].GetProperty("name").GetString());

        using var edited = await a.PutAsJsonAsync($"/api/admin/parks/{id}", Park("麒麟新能源产业园（二期）").With("availableLandMu", 5000m).With("version", 2));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var working = await edited.ReadJsonAsync();
        Assert.Equal(3, working.GetProperty("version").GetInt32());
        Assert.True(working.GetProperty("hasUnpublishedChanges").GetBoolean());
        Assert.Equal("published", working.GetProperty("status").GetString());

        var stillOld = await GetJsonAsync(anonymous, $"/api/parks/{id}");
        Assert.Equal("麒麟新能源产业园", stillOld.GetProperty("name").GetString());
        Assert.Equal(6800m, stillOld.GetProperty("availableLandMu").GetDecimal());

        await ActAsync(a, "parks", id, "publish");
        var updated = await GetJsonAsync(anonymous, $"/api/parks/{id}");
        Assert.Equal("麒麟新能源产业园（二期）", updated.GetProperty("name").GetString());
        Assert.Equal(5000m, updated.GetProperty("availableLandMu").GetDecimal());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Unpublish_and_archive_take_a_park_off_the_public_site()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var id = await CreateIdAsync(a, "parks", Park("沾益工业园区"));
        await ActAsync(a, "parks", id, "publish");
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(anonymous, $"/api/parks/{id}"));

        var unpublished = await ActAsync(a, "parks", id, "unpublish");
        Assert.Equal("draft", unpublished.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, $"/api/parks/{id}"));

        await ActAsync(a, "parks", id, "publish");
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(anonymous, $"/api/parks/{id}"));

        var archived = await ActAsync(a, "parks", id, "archive");
        Assert.Equal("archived", archived.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(anonymous, $"/api/parks/{id}"));

        var version = archived.GetProperty("version").GetInt32();
        using var editArchived = await a.PutAsJsonAsync($"/api/admin/parks/{id}", Park("改名").With("version", version));
        var refusal = await AssertProblemAsync(editArchived, HttpStatusCode.Conflict);
        Assert.Equal("catalogue.archived-not-editable", refusal.GetProperty("code").GetString());

        var restored = await ActAsync(a, "parks", id, "unpublish");
        using var edit = await a.PutAsJsonAsync($"/api/admin/parks/{id}", Park("改名").With("version", restored.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Asking_for_the_state_an_item_is_in_changes_nothing()
    {
        using var a = await fixture.ClientOfAAsync();
        var id = await CreateIdAsync(a, "parks", Park("陆良产业园"));

        var first = await ActAsync(a, "parks", id, "publish");
        var again = await ActAsync(a, "parks", id, "publish");
        var draftAgain = await ActAsync(a, "parks", await CreateIdAsync(a, "parks", Park("另一个")), "unpublish");

        Assert.Equal(first.GetProperty("version").GetInt32(), again.GetProperty("version").GetInt32());
        Assert.Equal(first.GetProperty("publishedAt").GetDateTimeOffset(), again.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.Equal(1, draftAgain.GetProperty("version").GetInt32());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_save_based_on_an_old_version_is_a_409_with_the_current_version_and_changes_nothing()
    {
        using var a = await fixture.ClientOfAAsync();
        var id = await CreateIdAsync(a, "parks", Park("宣威产业园"));
        using var first = await a.PutAsJsonAsync($"/api/admin/parks/{id}", Park("宣威产业园（甲）").With("version", 1));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var stale = await a.PutAsJsonAsync($"/api/admin/parks/{id}", Park("宣威产业园（乙）").With("version", 1));
        using var missing = await a.PutAsJsonAsync($"/api/admin/parks/{id}", Park("宣威产业园（丙）"));

        var conflict = await AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("catalogue.version-stale", conflict.GetProperty("code").GetString());
        Assert.Equal(2, conflict.GetProperty("currentVersion").GetInt32());
        Assert.Equal(["version"], FieldsWithErrors(await AssertProblemAsync(missing, HttpStatusCode.BadRequest)));
        var current = await GetJsonAsync(a, $"/api/admin/parks/{id}");
        Assert.Equal("宣威产业园（甲）", current.GetProperty("name").GetString());
        Assert.Equal(2, current.GetProperty("version").GetInt32());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Of_two_saves_based_on_the_same_version_exactly_one_wins()
    {
        using var a = await fixture.ClientOfAAsync();
        var id = await CreateIdAsync(a, "parks", Park("并发园区"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            a.PutAsJsonAsync($"/api/admin/parks/{id}", Park($"并发园区 {i}").With("version", 1))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(2, (await GetJsonAsync(a, $"/api/admin/parks/{id}")).GetProperty("version").GetInt32());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_draft_can_be_deleted_but_a_published_park_or_one_still_in_use_cannot()
    {
        using var a = await fixture.ClientOfAAsync();
        var park = await CreateIdAsync(a, "parks", Park("待删园区"));
        await ActAsync(a, "parks", park, "publish");

        using var published = await a.DeleteAsync(new Uri($"/api/admin/parks/{park}", UriKind.Relative));
        Assert.Equal("catalogue.published-not-deletable", (await AssertProblemAsync(published, HttpStatusCode.Conflict)).GetProperty("code").GetString());

        await ActAsync(a, "parks", park, "unpublish");
        var project = await CreateIdAsync(a, "projects", Project("园区内项目", park));
        var policy = await CreateIdAsync(a, "policies", Policy("园区政策", "曲政发〔2024〕99号", park));
        using var inUse = await a.DeleteAsync(new Uri($"/api/admin/parks/{park}", UriKind.Relative));
        Assert.Equal("park.in-use", (await AssertProblemAsync(inUse, HttpStatusCode.Conflict)).GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await a.DeleteAsync(new Uri($"/api/admin/projects/{project}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await a.DeleteAsync(new Uri($"/api/admin/policies/{policy}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await a.DeleteAsync(new Uri($"/api/admin/parks/{park}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(a, $"/api/admin/parks/{park}"));
        Assert.Equal(HttpStatusCode.NotFound, (await a.DeleteAsync(new Uri($"/api/admin/parks/{park}", UriKind.Relative))).StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Lists_filter_by_status_text_and_chain_and_come_in_pages()
    {
        var (_, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        var battery = await CreateIdAsync(client, "parks", Park("电池材料产业园"));
        await CreateIdAsync(client, "parks", Park("绿色铝产业园").With("chains", new[] { "green-aluminium" }));
        await CreateIdAsync(client, "parks", Park("现代物流园").With("chains", new[] { "logistics" }).With("county", "富源县"));
        await ActAsync(client, "parks", battery, "publish");

        var all = await GetJsonAsync(client, "/api/admin/parks");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(1, all.GetProperty("page").GetInt32());
        Assert.Equal(20, all.GetProperty("pageSize").GetInt32());
        Assert.Equal("电池材料产业园", Names(all)[0]); // newest change first: it was published last
        Assert.Equal(["电池材料产业园"], Names(await GetJsonAsync(client, "/api/admin/parks?status=published")));
        Assert.Equal(2, (await GetJsonAsync(client, "/api/admin/parks?status=draft")).GetProperty("total").GetInt32());
        Assert.Equal(["现代物流园"], Names(await GetJsonAsync(client, "/api/admin/parks?q=物流")));
        Assert.Equal(["现代物流园"], Names(await GetJsonAsync(client, "/api/admin/parks?q=富源")));
        Assert.Equal(["绿色铝产业园"], Names(await GetJsonAsync(client, "/api/admin/parks?chain=green-aluminium")));
        Assert.Empty(Names(await GetJsonAsync(client, "/api/admin/parks?chain=no-such-chain")));

        var second = await GetJsonAsync(client, "/api/admin/parks?pageSize=2&page=2");
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Single(Names(second));
        Assert.Empty(Names(await GetJsonAsync(client, "/api/admin/parks?page=9")));

        using var tooBig = await client.GetAsync(new Uri("/api/admin/parks?pageSize=101", UriKind.Relative));
        using var zero = await client.GetAsync(new Uri("/api/admin/parks?page=0", UriKind.Relative));
        using var status = await client.GetAsync(new Uri("/api/admin/parks?status=live", UriKind.Relative));
        using var notANumber = await client.GetAsync(new Uri("/api/admin/parks?page=two", UriKind.Relative));
        Assert.Equal(["pageSize"], FieldsWithErrors(await AssertProblemAsync(tooBig, HttpStatusCode.BadRequest)));
        Assert.Equal(["page"], FieldsWithErrors(await AssertProblemAsync(zero, HttpStatusCode.BadRequest)));
        Assert.Equal(["status"], FieldsWithErrors(await AssertProblemAsync(status, HttpStatusCode.BadRequest)));
        await AssertProblemAsync(notANumber, HttpStatusCode.BadRequest);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Every_change_emits_its_event_through_the_outbox()
    {
        using var a = await fixture.ClientOfAAsync();
        var id = await CreateIdAsync(a, "parks", Park("事件园区"));
        using (var edit = await a.PutAsJsonAsync($"/api/admin/parks/{id}", Park("事件园区（改）").With("version", 1)))
        {
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }

        await ActAsync(a, "parks", id, "publish");
        await ActAsync(a, "parks", id, "unpublish");
        await ActAsync(a, "parks", id, "archive");
        Assert.Equal(HttpStatusCode.NoContent, (await a.DeleteAsync(new Uri($"/api/admin/parks/{id}", UriKind.Relative))).StatusCode);

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var events = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Payload.Contains(id.ToString()))
            .OrderBy(m => m.OccurredAt)
            .Select(m => new { m.Type, m.Payload })
            .ToListAsync();
        const string catalogueEvent = "Portal.Catalogue.Contracts.CatalogueItem";
        var changes = events.Where(e => e.Type.StartsWith(catalogueEvent, StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["Created", "Updated", "Published", "Unpublished", "Archived", "Deleted"],
            changes.Select(e => e.Type.Replace(catalogueEvent, "", StringComparison.Ordinal)));
        Assert.All(changes, e => Assert.Contains("\"kind\":\"park\"", e.Payload, StringComparison.Ordinal));

        // Beside each event, in the same save, its audit entry; and nothing else.
        var audited = events.Where(e => e.Type == typeof(AuditRecorded).FullName).ToList();
        Assert.Equal(events.Count, changes.Count + audited.Count);
        Assert.Equal(
            ["park.created", "park.updated", "park.published", "park.unpublished", "park.archived", "park.deleted"],
            audited.Select(e => JsonDocument.Parse(e.Payload).RootElement.GetProperty("action").GetString()));
    }
}
