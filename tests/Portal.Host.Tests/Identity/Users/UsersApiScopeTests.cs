using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;
using static Portal.Host.Tests.Identity.Users.UsersApi;
using static Portal.Host.Tests.Identity.Users.UsersFixture;

namespace Portal.Host.Tests.Identity.Users;

/// <summary>
/// The users and roles API, called with a prefecture admin's back-office cookie: confined to its own prefecture
/// (another's user is a 404), never creating host users, never granting above its own rights.
/// </summary>
public sealed class UsersApiScopeTests(UsersFixture fixture) : IClassFixture<UsersFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_admin_lists_only_its_own_prefectures_users()
    {
        using var a = await fixture.SignedInAsync(fixture.AdminA);

        using var response = await a.Http.GetAsync(new Uri("/api/admin/users?pageSize=100", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadJsonAsync();
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, u => u.GetProperty("userName").GetString() == fixture.AdminA);
        Assert.DoesNotContain(items, u => u.GetProperty("userName").GetString() == fixture.AdminB);
        Assert.DoesNotContain(items, u => u.GetProperty("userName").GetString() == "admin");
        Assert.All(items, u => Assert.Equal(SlugA, u.GetProperty("tenant").GetString()));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Another_prefectures_user_is_not_found_whatever_the_verb()
    {
        using var a = await fixture.SignedInAsync(fixture.AdminA);
        var b = $"/api/admin/users/{fixture.AdminBId}";

        using var get = await a.Http.GetAsync(new Uri(b, UriKind.Relative));
        using var put = await a.Http.PutAsJsonAsync(b, new { displayName = "taken over" });
        using var disable = await a.Http.PostAsync(new Uri(b + "/disable", UriKind.Relative), null);
        using var reset = await a.Http.PostAsJsonAsync(b + "/reset-password", new { password = "Another-Password-99" });

        await AssertProblemAsync(get, HttpStatusCode.NotFound);
        await AssertProblemAsync(put, HttpStatusCode.NotFound);
        await AssertProblemAsync(disable, HttpStatusCode.NotFound);
        await AssertProblemAsync(reset, HttpStatusCode.NotFound);

        // B's admin can still sign in with the old password: nothing changed.
        using var stillB = await fixture.SignedInAsync(fixture.AdminB);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_admin_cannot_create_host_users_or_users_of_another_prefecture()
    {
        using var a = await fixture.SignedInAsync(fixture.AdminA);
        var name = NewName("sneaky");

        using var inB = await a.Http.PostAsJsonAsync("/api/admin/users", new { userName = name, email = $"{name}@x.example", roles = new[] { "prefecture-staff" }, tenant = SlugB });
        using var inHost = await a.Http.PostAsJsonAsync("/api/admin/users", new { userName = name, email = $"{name}@x.example", roles = new[] { "prefecture-staff" }, tenant = "host" });
        using var hostRole = await a.Http.PostAsJsonAsync("/api/admin/users", new { userName = name, email = $"{name}@x.example", roles = new[] { "host-admin" } });

        await AssertProblemAsync(inB, HttpStatusCode.Forbidden);
        await AssertProblemAsync(inHost, HttpStatusCode.Forbidden);
        var problem = await AssertProblemAsync(hostRole, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("roles[0]", out _));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_admin_creates_staff_of_its_own_prefecture()
    {
        using var a = await fixture.SignedInAsync(fixture.AdminA);
        var name = NewName("qj-staff");

        var created = await CreateUserAsync(a.Http, new { userName = name, email = $"{name}@qj.example", displayName = "专班 张三", roles = new[] { "prefecture-staff" }, password = StrongPassword });

        Assert.Equal(SlugA, created.GetProperty("tenant").GetString());
        Assert.Equal(["inquiries.work", "reports.read"], created.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToArray());
        using var staff = await fixture.SignedInAsync(name);
        using var forbidden = await staff.Http.GetAsync(new Uri("/api/admin/users", UriKind.Relative));
        await AssertProblemAsync(forbidden, HttpStatusCode.Forbidden);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Custom_roles_never_hold_host_only_permissions_nor_permissions_the_caller_lacks()
    {
        using var a = await fixture.SignedInAsync(fixture.AdminA);

        using var hostOnly = await a.Http.PostAsJsonAsync("/api/admin/roles", new { displayName = "越权", permissions = new[] { "inquiries.work", "tenants.manage" } });
        await AssertProblemAsync(hostOnly, HttpStatusCode.BadRequest);

        // A limited user manager: users.manage but no catalogue.manage.
        using var ok = await a.Http.PostAsJsonAsync("/api/admin/roles", new { displayName = "人事专员 " + NewName("r"), permissions = new[] { "users.manage", "inquiries.work" } });
        Assert.True(ok.StatusCode == HttpStatusCode.Created, await ok.Content.ReadAsStringAsync());
        var role = (await ok.ReadJsonAsync()).GetProperty("name").GetString()!;
        var name = NewName("qj-hr");
        await CreateUserAsync(a.Http, new { userName = name, email = $"{name}@qj.example", roles = new[] { role }, password = StrongPassword });
        using var hr = await fixture.SignedInAsync(name);

        using var above = await hr.Http.PostAsJsonAsync("/api/admin/roles", new { displayName = "发布员", permissions = new[] { "catalogue.manage" } });
        var denied = await AssertProblemAsync(above, HttpStatusCode.Forbidden);
        Assert.Equal("role.permission-not-held", denied.GetProperty("code").GetString());

        // Nor by handing out a default role that holds more than the caller does.
        var other = NewName("qj-pub");
        using var grant = await hr.Http.PostAsJsonAsync("/api/admin/users", new { userName = other, email = $"{other}@qj.example", roles = new[] { "prefecture-admin" } });
        await AssertProblemAsync(grant, HttpStatusCode.Forbidden);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Another_prefectures_custom_role_is_not_found()
    {
        using var b = await fixture.SignedInAsync(fixture.AdminB);
        using var created = await b.Http.PostAsJsonAsync("/api/admin/roles", new { displayName = "大理专班 " + NewName("r"), permissions = new[] { "inquiries.work" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var a = await fixture.SignedInAsync(fixture.AdminA);

        using var get = await a.Http.GetAsync(new Uri($"/api/admin/roles/{id}", UriKind.Relative));
        using var delete = await a.Http.DeleteAsync(new Uri($"/api/admin/roles/{id}", UriKind.Relative));
        using var list = await a.Http.GetAsync(new Uri("/api/admin/roles", UriKind.Relative));

        await AssertProblemAsync(get, HttpStatusCode.NotFound);
        await AssertProblemAsync(delete, HttpStatusCode.NotFound);
        Assert.DoesNotContain((await list.ReadJsonAsync()).EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_host_sees_everyone_and_creates_users_in_any_prefecture()
    {
        using var host = await App.CreateHostClientAsync();
        var name = NewName("dl-staff");

        var created = await CreateUserAsync(host, new { userName = name, email = $"{name}@dl.example", roles = new[] { "prefecture-staff" }, tenant = SlugB, password = StrongPassword });
        using var all = await host.GetAsync(new Uri("/api/admin/users?pageSize=100", UriKind.Relative));
        using var onlyB = await host.GetAsync(new Uri($"/api/admin/users?tenant={SlugB}&pageSize=100", UriKind.Relative));

        Assert.Equal(SlugB, created.GetProperty("tenant").GetString());
        var names = (await all.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();
        Assert.Contains("admin", names);
        Assert.Contains(fixture.AdminA, names);
        Assert.Contains(name, names);
        Assert.All((await onlyB.ReadJsonAsync()).GetProperty("items").EnumerateArray(), u => Assert.Equal(SlugB, u.GetProperty("tenant").GetString()));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_new_prefectures_first_admin_is_created_and_invited_by_mail()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, code) = TestData.NewPrefectureIdentity();
        var email = $"{NewName("first")}@new.example";

        using var response = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name = "新州", nameEn = "New", adminEmail = email });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        var mail = await WaitForMailAsync(App, email);
        Assert.Contains("http://portal.test/account/reset-password?", mail, StringComparison.Ordinal);
        using var users = await host.GetAsync(new Uri($"/api/admin/users?tenant={slug}", UriKind.Relative));
        var admin = Assert.Single((await users.ReadJsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal(email, admin.GetProperty("email").GetString());
        Assert.Equal(["prefecture-admin"], admin.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_list_filters_by_text_role_and_status_and_pages()
    {
        using var a = await fixture.SignedInAsync(fixture.AdminA);
        var tag = NewName("flt");
        for (var i = 0; i < 3; i++)
        {
            await CreateUserAsync(a.Http, new { userName = $"{tag}-{i}", email = $"{tag}-{i}@qj.example", roles = new[] { i == 0 ? "prefecture-admin" : "prefecture-staff" }, password = StrongPassword });
        }

        async Task<List<string>> NamesAsync(string query)
        {
            using var response = await a.Http.GetAsync(new Uri("/api/admin/users?" + query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return [.. (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!)];
        }

        Assert.Equal([$"{tag}-0", $"{tag}-1", $"{tag}-2"], await NamesAsync($"q={tag}"));
        Assert.Equal([$"{tag}-1", $"{tag}-2"], await NamesAsync($"q={tag}&role=prefecture-staff"));
        Assert.Equal([$"{tag}-1"], await NamesAsync($"q={tag}&page=2&pageSize=1"));
        Assert.Empty(await NamesAsync($"q={tag}&disabled=true"));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Malformed_user_bodies_are_field_errors()
    {
        using var host = await App.CreateHostClientAsync();

        using var response = await host.PostAsJsonAsync("/api/admin/users", new { userName = "bad name!", email = "not-an-address", roles = Array.Empty<string>() });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("userName", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("roles", out _));
    }
}
