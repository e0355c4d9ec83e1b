using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Catalogue.Contracts;
using Portal.CatalogueSearch.Indexing;
using Portal.Search;
using Portal.Testing;
using Xunit;
using static Portal.CatalogueSearch.Tests.SearchApi;

namespace Portal.CatalogueSearch.Tests;

/// <summary>The index follows the catalogue's outbox: publish in, unpublish/archive/delete out, drafts never.</summary>
public sealed class IndexingTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task A_published_park_becomes_searchable_with_its_snippet_url_and_facets_and_unpublish_removes_it()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var id = await PublishNewAsync(a, "parks", Park("麒麟锗材料产业园", "<p>主攻<strong>锗材料</strong>深加工，配套完善。</p>"));

        var page = await EventuallyAsync(() => SearchAsync(anonymous, Q("锗材料") + "&pageSize=100"), p => Ids(p).Contains(id), "published park searchable");

        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal("park", item.GetProperty("kind").GetString());
        Assert.Equal(SearchFixture.SlugA, item.GetProperty("prefecture").GetString());
        Assert.Equal("曲靖市", item.GetProperty("prefectureName").GetString());
        Assert.Equal($"/t/qujing/parks/{id}", item.GetProperty("url").GetString());
        Assert.Contains("<em>", item.GetProperty("snippet").GetString() + item.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", item.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(page.GetProperty("facets").GetProperty("kind").GetProperty("park").GetInt64() >= 1);
        Assert.True(page.GetProperty("facets").GetProperty("prefecture").GetProperty(SearchFixture.SlugA).GetInt64() >= 1);
        Assert.True(page.GetProperty("facets").GetProperty("chain").GetProperty("new-materials").GetInt64() >= 1);

        await ActAsync(a, "parks", id, "unpublish");
        await EventuallyAsync(() => SearchAsync(anonymous, Q("锗材料") + "&pageSize=100"), p => !Ids(p).Contains(id), "unpublished park gone");
    }

    [ServiceFact(Service.Postgres)]
    public async Task An_edit_is_searchable_once_published_and_not_before()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var id = await PublishNewAsync(a, "projects", Project("铟靶材项目"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("铟靶材")), p => Ids(p).Contains(id), "project searchable");

        var current = await GetJsonAsync(a, $"/api/admin/projects/{id}");
        using (var update = await a.PutAsJsonAsync($"/api/admin/projects/{id}", Project("钒电池储能项目").With("version", current.GetProperty("version").GetInt32())))
        {
            Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        }

        // Saved but not published: the public version, and so the index, still has the old name. A later
        // publish of another item proves the update's event has been handled by then.
        var marker = await PublishNewAsync(a, "projects", Project("标记项目铼"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("标记项目铼")), p => Ids(p).Contains(marker), "marker indexed");
        Assert.DoesNotContain(id, Ids(await SearchAsync(anonymous, Q("钒电池储能"))));

        await ActAsync(a, "projects", id, "publish");
        await EventuallyAsync(() => SearchAsync(anonymous, Q("钒电池储能")), p => Ids(p).Contains(id), "re-published project found by its new name");
        Assert.DoesNotContain(id, Ids(await SearchAsync(anonymous, Q("铟靶材"))));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Archive_and_delete_remove_an_item_and_drafts_never_appear()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var draft = await CreateIdAsync(a, "policies", Policy("碲化镉薄膜扶持办法草案", "曲政发〔2026〕901号"));
        var policy = await PublishNewAsync(a, "policies", Policy("碲化镉薄膜扶持办法", "曲政发〔2026〕902号"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("碲化镉薄膜")), p => Ids(p).Contains(policy), "policy searchable");
        Assert.DoesNotContain(draft, Ids(await SearchAsync(anonymous, Q("碲化镉薄膜") + "&pageSize=100")));

        await ActAsync(a, "policies", policy, "archive");
        await EventuallyAsync(() => SearchAsync(anonymous, Q("碲化镉薄膜")), p => !Ids(p).Contains(policy), "archived policy gone");

        await ActAsync(a, "policies", policy, "unpublish");
        await DeleteAsync(a, "policies", policy);
        await DeleteAsync(a, "policies", draft);
        var marker = await PublishNewAsync(a, "policies", Policy("标记政策锑", "曲政发〔2026〕903号"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("标记政策锑")), p => Ids(p).Contains(marker), "marker indexed");
        var page = await SearchAsync(anonymous, Q("碲化镉薄膜") + "&pageSize=100");
        Assert.DoesNotContain(policy, Ids(page));
        Assert.DoesNotContain(draft, Ids(page));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Duplicate_and_out_of_order_events_converge_on_the_database_state()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var id = await PublishNewAsync(a, "parks", Park("镓锗新材料示范园"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("镓锗新材料示范园")), p => Ids(p).Contains(id), "park searchable");

        // The same publish delivered twice more: still one document.
        await HandleAsync(h => h.HandleAsync(new CatalogueItemPublished("park", id, fixture.TenantA), default));
        await HandleAsync(h => h.HandleAsync(new CatalogueItemPublished("park", id, fixture.TenantA), default));
        Assert.Single(Ids(await SearchAsync(anonymous, Q("镓锗新材料示范园") + "&pageSize=100")), hit => hit == id);

        // A late "unpublished" from long ago while the item is published: the reload keeps it.
        await HandleAsync(h => h.HandleAsync(new CatalogueItemUnpublished("park", id, fixture.TenantA), default));
        Assert.Contains(id, Ids(await SearchAsync(anonymous, Q("镓锗新材料示范园"))));

        // Unpublished now; then a stale "published" arrives after the "unpublished": it stays out.
        await ActAsync(a, "parks", id, "unpublish");
        await EventuallyAsync(() => SearchAsync(anonymous, Q("镓锗新材料示范园")), p => !Ids(p).Contains(id), "park gone");
        await HandleAsync(h => h.HandleAsync(new CatalogueItemPublished("park", id, fixture.TenantA), default));
        await HandleAsync(h => h.HandleAsync(new CatalogueItemUpdated("park", id, fixture.TenantA), default));
        Assert.DoesNotContain(id, Ids(await SearchAsync(anonymous, Q("镓锗新材料示范园"))));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_deleted_items_event_removes_a_document_the_index_still_had()
    {
        using var anonymous = App.CreateClient();
        var ghost = Guid.CreateVersion7();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
            await index.UpsertAsync([new SearchDocument
            {
                Kind = SearchKind.Project,
                ItemId = ghost,
                TenantId = fixture.TenantA,
                Prefecture = SearchFixture.SlugA,
                PrefectureName = "曲靖市",
                Title = "幽灵铪项目",
                PublishedAt = DateTimeOffset.UtcNow,
                Url = $"/t/qujing/projects/{ghost}",
            }]);
        }

        Assert.Contains(ghost, Ids(await SearchAsync(anonymous, Q("幽灵铪项目"))));
        await HandleAsync(h => h.HandleAsync(new CatalogueItemDeleted("project", ghost, fixture.TenantA), default));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("幽灵铪项目")), p => !Ids(p).Contains(ghost), "deleted item's document gone");
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_disabled_prefecture_leaves_the_index_and_comes_back_renamed_when_enabled()
    {
        using var host = await fixture.HostAsync();
        var slug = $"iso-{Guid.NewGuid():N}"[..12];
        using (var created = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code = "533100", name = "德宏测试州", nameEn = "Dehong Test" }))
        {
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        using var anonymous = App.CreateClient();
        using var asPrefecture = await fixture.HostAsync(slug);
        var id = await PublishNewAsync(asPrefecture, "parks", Park("瑞丽铌钽产业园"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("铌钽")), p => Ids(p).Contains(id), "park searchable");

        using (var disabled = await host.PutAsJsonAsync($"/api/admin/tenants/{slug}", new { name = "德宏测试州", nameEn = "Dehong Test", isActive = false }))
        {
            Assert.True(disabled.IsSuccessStatusCode, await disabled.Content.ReadAsStringAsync());
        }

        await EventuallyAsync(() => SearchAsync(anonymous, Q("铌钽")), p => !Ids(p).Contains(id), "disabled prefecture's park gone");

        using (var enabled = await host.PutAsJsonAsync($"/api/admin/tenants/{slug}", new { name = "德宏新名州", nameEn = "Dehong Renamed", isActive = true }))
        {
            Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
        }

        var page = await EventuallyAsync(() => SearchAsync(anonymous, Q("铌钽")), p => Ids(p).Contains(id), "re-enabled prefecture's park back");
        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal("德宏新名州", item.GetProperty("prefectureName").GetString());
    }

    private async Task HandleAsync(Func<CatalogueEventHandlers, Task> handle)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await handle(new CatalogueEventHandlers(scope.ServiceProvider.GetRequiredService<CatalogueIndexer>()));
    }
}
