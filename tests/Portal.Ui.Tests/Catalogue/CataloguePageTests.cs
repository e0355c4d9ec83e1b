using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Testing;
using Portal.Ui.Pages.Catalogue;
using Portal.Ui.Tests.Infrastructure;
using Xunit;

namespace Portal.Ui.Tests.Catalogue;

/// <summary>The catalogue's public pages over HTTP, on the demo data: published items show, drafts are 404.</summary>
public sealed class CataloguePageTests(DemoPortalFixture portal) : IClassFixture<DemoPortalFixture>
{
    [Fact]
    public void Every_catalogue_text_exists_in_Chinese_and_English()
    {
        var resources = new ResourceManager(typeof(CatalogueText).FullName!, typeof(CatalogueText).Assembly);
        HashSet<string> Keys(CultureInfo culture) =>
            resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set
                ? [.. set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)]
                : [];

        var chinese = Keys(CultureInfo.InvariantCulture);
        var english = Keys(new CultureInfo("en"));
        Assert.NotEmpty(chinese);
        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Prefecture_page_lists_its_published_parks_policies_and_projects()
    {
        var park = await FirstPublishedAsync(CatalogueItemKinds.Park, (c, id) => c.FindPublishedParkAsync(id));
        using var response = await Get($"/t/{park.Prefecture.Slug}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("产业园区", html, StringComparison.Ordinal);
        Assert.Contains("优惠政策", html, StringComparison.Ordinal);
        Assert.Contains("招商项目", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/t/{park.Prefecture.Slug}/parks/{park.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(park.Name), html, StringComparison.Ordinal);
        Assert.Contains("万元/亩", html, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Park_page_shows_every_field_in_Chinese_and_in_English()
    {
        var park = await FirstPublishedAsync(CatalogueItemKinds.Park, (c, id) => c.FindPublishedParkAsync(id));
        using var response = await Get($"/t/{park.Prefecture.Slug}/parks/{park.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{WebUtility.HtmlEncode(park.Name)}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("可用土地", html, StringComparison.Ordinal);
        Assert.Contains("工业电价", html, StringComparison.Ordinal);
        Assert.Contains("适用的优惠政策", html, StringComparison.Ordinal);
        Assert.Contains("主导产业链", html, StringComparison.Ordinal);
        Assert.Contains(park.Prefecture.Name, html, StringComparison.Ordinal);

        using var english = await Get($"/t/{park.Prefecture.Slug}/parks/{park.Id}?culture=en");
        var englishHtml = await english.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Contains("Available land", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Industrial power price", englishHtml, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Policy_page_shows_issuer_validity_and_the_sanitized_text()
    {
        var policy = await FirstPublishedAsync(CatalogueItemKinds.Policy, (c, id) => c.FindPublishedPolicyAsync(id));
        using var response = await Get($"/t/{policy.Prefecture.Slug}/policies/{policy.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("发布机关", html, StringComparison.Ordinal);
        Assert.Contains("有效期", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(policy.Issuer), html, StringComparison.Ordinal);
        Assert.Contains(policy.Expired ? "已失效" : "有效", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html[html.IndexOf("rich-text", StringComparison.Ordinal)..], StringComparison.OrdinalIgnoreCase);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Project_page_shows_the_investment_sought()
    {
        var project = await FirstPublishedAsync(CatalogueItemKinds.Project, (c, id) => c.FindPublishedProjectAsync(id));
        using var response = await Get($"/t/{project.Prefecture.Slug}/projects/{project.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{WebUtility.HtmlEncode(project.Name)}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("拟引资总额", html, StringComparison.Ordinal);
        Assert.Contains("合作方式", html, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_draft_an_unknown_id_and_another_prefectures_park_are_404()
    {
        var park = await FirstPublishedAsync(CatalogueItemKinds.Park, (c, id) => c.FindPublishedParkAsync(id));
        var draftId = await CreateDraftParkAsync(park.Prefecture.Slug);
        var other = park.Prefecture.Slug == "kunming" ? "qujing" : "kunming";

        foreach (var url in new[]
        {
            $"/t/{park.Prefecture.Slug}/parks/{draftId}",
            $"/t/{park.Prefecture.Slug}/parks/{Guid.NewGuid()}",
            $"/t/{park.Prefecture.Slug}/policies/{draftId}",
            $"/t/{park.Prefecture.Slug}/projects/{Guid.NewGuid()}",
            $"/t/{other}/parks/{park.Id}",
        })
        {
            using var response = await Get(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }

        using var list = await Get($"/t/{park.Prefecture.Slug}");
        Assert.DoesNotContain(draftId.ToString(), await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_save_based_on_an_old_version_is_stale_and_changes_nothing()
    {
        var park = await FirstPublishedAsync(CatalogueItemKinds.Park, (c, id) => c.FindPublishedParkAsync(id));
        var id = await CreateDraftParkAsync(park.Prefecture.Slug);

        using var scope = portal.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = services };
        var tenant = await services.GetRequiredService<ITenantStore>().FindBySlugAsync(park.Prefecture.Slug);
        using (services.GetRequiredService<ICurrentTenant>().Change(tenant!.Id, park.Prefecture.Slug))
        {
            var admin = services.GetRequiredService<ICatalogueAdministration>();
            var current = (await admin.GetParkAsync(id)).Value!;
            var first = await admin.UpdateParkAsync(id, current.Version, current.Content with { County = "麒麟区" });
            Assert.True(first.Succeeded);

            var second = await admin.UpdateParkAsync(id, current.Version, current.Content with { County = "沾益区" });
            Assert.Equal(CatalogueAdminOutcome.Stale, second.Outcome);
            Assert.Equal(first.Value!.Version, second.CurrentVersion);
            Assert.False(string.IsNullOrWhiteSpace(second.Message));
            Assert.Equal("麒麟区", (await admin.GetParkAsync(id)).Value!.Content.County);

            var invalid = await admin.UpdateParkAsync(id, first.Value.Version, current.Content with { PlannedAreaMu = 10m, AvailableLandMu = 20m });
            Assert.Equal(CatalogueAdminOutcome.Invalid, invalid.Outcome);
            Assert.Contains("availableLandMu", invalid.FieldErrors!.Keys);
        }
    }

    private async Task<T> FirstPublishedAsync<T>(string kind, Func<ICatalogueModule, Guid, Task<T?>> find)
        where T : class
    {
        using var scope = portal.App.Services.CreateScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogueModule>();
        var ids = await catalogue.ListPublishedIdsAsync(kind, null, 20);
        Assert.NotEmpty(ids);
        return (await find(catalogue, ids[0]))!;
    }

    /// <summary>A draft made through the back office's facade, as a prefecture's page would.</summary>
    private async Task<Guid> CreateDraftParkAsync(string slug)
    {
        using var scope = portal.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = services };
        var tenant = await services.GetRequiredService<ITenantStore>().FindBySlugAsync(slug);
        using (services.GetRequiredService<ICurrentTenant>().Change(tenant!.Id, slug))
        {
            var created = await services.GetRequiredService<ICatalogueAdministration>().CreateParkAsync(new ParkInput(
                "草稿测试园区 " + Guid.NewGuid().ToString("N")[..6], ParkKinds.IndustrialPark, CatalogueLevels.Provincial,
                null, null, null, null, 100m, 50m, 10m, 0.35m, null, null, null, [], [], null, []));
            Assert.True(created.Succeeded, string.Join("; ", created.FieldErrors?.SelectMany(e => e.Value) ?? []));
            return created.Value!.Id;
        }
    }

    private async Task<HttpResponseMessage> Get(string url)
    {
        using var client = portal.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return await client.GetAsync(url);
    }
}
