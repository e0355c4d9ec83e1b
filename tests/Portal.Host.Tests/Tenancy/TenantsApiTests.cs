using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Tenancy;

public sealed class TenantsApiTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task A_host_client_creates_a_prefecture_that_everyone_then_sees()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, code) = TestData.NewPrefectureIdentity();

        using var created = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name = "测试市", nameEn = "Test City" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/admin/tenants/{slug}", created.Headers.Location?.OriginalString);
        var body = await created.ReadJsonAsync();
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.True(body.GetProperty("isActive").GetBoolean());

        using var anonymous = App.CreateClient();
        var prefectures = await anonymous.GetFromJsonAsync<JsonElement>("/api/prefectures");
        var listed = prefectures.EnumerateArray().Single(p => p.GetProperty("slug").GetString() == slug);
        Assert.Equal("测试市", listed.GetProperty("name").GetString());
        Assert.Equal("Test City", listed.GetProperty("nameEn").GetString());
        Assert.Equal(0, listed.GetProperty("published").GetProperty("parks").GetInt32());

        var one = await host.GetFromJsonAsync<JsonElement>($"/api/admin/tenants/{slug}");
        Assert.Equal(slug, one.GetProperty("slug").GetString());
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task A_duplicate_slug_or_code_is_a_conflict_and_changes_nothing()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, code) = await TestData.CreatePrefectureAsync(host, "原名", "Original");
        var before = await host.GetFromJsonAsync<JsonElement>("/api/admin/tenants");
        var (otherSlug, otherCode) = TestData.NewPrefectureIdentity();

        using var sameSlug = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code = otherCode, name = "另一个", nameEn = "Other" });
        using var sameCode = await host.PostAsJsonAsync("/api/admin/tenants", new { slug = otherSlug, code, name = "另一个", nameEn = "Other" });

        Assert.Equal(HttpStatusCode.Conflict, sameSlug.StatusCode);
        Assert.Equal("application/problem+json", sameSlug.Content.Headers.ContentType?.MediaType);
        Assert.Equal("tenant.slug-taken", (await sameSlug.ReadJsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, sameCode.StatusCode);
        Assert.Equal("tenant.code-taken", (await sameCode.ReadJsonAsync()).GetProperty("code").GetString());

        var after = await host.GetFromJsonAsync<JsonElement>("/api/admin/tenants");
        Assert.Equal(before.GetArrayLength(), after.GetArrayLength());
        var original = after.EnumerateArray().Single(t => t.GetProperty("slug").GetString() == slug);
        Assert.Equal("原名", original.GetProperty("name").GetString());
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task Concurrent_creation_of_the_same_prefecture_creates_it_once()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, code) = TestData.NewPrefectureIdentity();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name = "并发", nameEn = "Race" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var all = await host.GetFromJsonAsync<JsonElement>("/api/admin/tenants");
        Assert.Single(all.EnumerateArray(), t => t.GetProperty("slug").GetString() == slug);
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task Invalid_fields_get_a_localized_field_error_for_each()
    {
        using var host = await App.CreateHostClientAsync();
        var invalid = new { slug = "Bad Slug!", code = "110100", name = "", nameEn = new string('x', 101), adminEmail = "not-an-email" };

        using var chinese = await host.PostAsJsonAsync("/api/admin/tenants", invalid);
        using var englishRequest = new HttpRequestMessage(HttpMethod.Post, "/api/admin/tenants") { Content = JsonContent.Create(invalid) };
        englishRequest.Headers.AcceptLanguage.ParseAdd("en");
        using var english = await host.SendAsync(englishRequest);

        Assert.Equal(HttpStatusCode.BadRequest, chinese.StatusCode);
        var problem = await chinese.ReadJsonAsync();
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "slug", "code", "name", "nameEn", "adminEmail" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }

        Assert.Contains("53", errors.GetProperty("code")[0].GetString());
        Assert.Equal("提交的数据有误", problem.GetProperty("title").GetString());
        var englishProblem = await english.ReadJsonAsync();
        Assert.Equal("One or more fields are invalid", englishProblem.GetProperty("title").GetString());
        Assert.StartsWith("The code must be", englishProblem.GetProperty("errors").GetProperty("code")[0].GetString());
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task Reserved_and_malformed_slugs_are_refused()
    {
        using var host = await App.CreateHostClientAsync();
        foreach (var slug in new[] { "admin", "api", "a", "-qujing", "qujing-", "qu--jing", "曲靖", new string('a', 33) })
        {
            var (_, code) = TestData.NewPrefectureIdentity();
            using var response = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name = "名", nameEn = "N" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task Renaming_and_disabling_a_prefecture_takes_effect_everywhere()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, _) = await TestData.CreatePrefectureAsync(host);

        using var renamed = await host.PutAsJsonAsync($"/api/admin/tenants/{slug}", new { name = "新名", nameEn = "New Name", isActive = true });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("新名", (await renamed.ReadJsonAsync()).GetProperty("name").GetString());

        using var hostInPrefecture = await App.CreateHostClientAsync(tenant: slug);
        Assert.Equal(HttpStatusCode.OK, (await hostInPrefecture.GetAsync("/api/prefectures/current")).StatusCode);

        using var disabled = await host.PutAsJsonAsync($"/api/admin/tenants/{slug}", new { name = "新名", nameEn = "New Name", isActive = false });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);

        using var anonymous = App.CreateClient();
        var prefectures = await anonymous.GetFromJsonAsync<JsonElement>("/api/prefectures");
        Assert.DoesNotContain(prefectures.EnumerateArray(), p => p.GetProperty("slug").GetString() == slug);
        Assert.Equal(HttpStatusCode.NotFound, (await hostInPrefecture.GetAsync("/api/prefectures/current")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/t/{slug}")).StatusCode);
        var stillListed = await host.GetFromJsonAsync<JsonElement>($"/api/admin/tenants/{slug}");
        Assert.False(stillListed.GetProperty("isActive").GetBoolean());
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task Updating_an_unknown_prefecture_is_not_found_and_missing_fields_are_field_errors()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, _) = await TestData.CreatePrefectureAsync(host);

        using var unknown = await host.PutAsJsonAsync("/api/admin/tenants/nowhere-xyz", new { name = "名", nameEn = "N", isActive = true });
        using var missing = await host.PutAsJsonAsync($"/api/admin/tenants/{slug}", new { name = "名" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("nameEn", out _));
        Assert.True(errors.TryGetProperty("isActive", out _));
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task Tenant_administration_needs_a_host_token()
    {
        using var anonymous = App.CreateClient();
        using var list = await anonymous.GetAsync("/api/admin/tenants");
        using var create = await anonymous.PostAsJsonAsync("/api/admin/tenants", new { slug = "sneaky", code = "539900", name = "x", nameEn = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task Bad_bodies_get_problem_details_and_change_nothing()
    {
        using var host = await App.CreateHostClientAsync();
        var before = (await host.GetFromJsonAsync<JsonElement>("/api/admin/tenants")).GetArrayLength();

        using var malformed = await host.PostAsync("/api/admin/tenants", new StringContent("{\"slug\": \"x\",", Encoding.UTF8, "application/json"));
        using var wrongType = await host.PostAsync("/api/admin/tenants", new StringContent("{\"slug\":\"ok-slug\",\"code\":530100}", Encoding.UTF8, "application/json"));
        using var notJson = await host.PostAsync("/api/admin/tenants", new StringContent("slug=x", Encoding.UTF8, "text/plain"));
        var huge = "{\"slug\":\"big\",\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";
        using var tooLarge = await host.PostAsync("/api/admin/tenants", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.True((await wrongType.ReadJsonAsync()).GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal("application/problem+json", notJson.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(before, (await host.GetFromJsonAsync<JsonElement>("/api/admin/tenants")).GetArrayLength());
    }
}
