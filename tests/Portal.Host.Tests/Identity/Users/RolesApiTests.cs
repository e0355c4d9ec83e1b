using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;
using static Portal.Host.Tests.Identity.Users.UsersApi;

namespace Portal.Host.Tests.Identity.Users;

/// <summary>Custom roles: created, changed and deleted within a scope, audited; default roles are read-only.</summary>
public sealed class RolesApiTests(UsersFixture fixture) : IClassFixture<UsersFixture>
{
    [ServiceFact(Service.Postgres)]
    public async Task A_custom_role_is_created_changed_granted_and_deleted_once_unused()
    {
        using var a = await fixture.SignedInAsync(fixture.AdminA);
        var displayName = "招商专班 " + NewName("r");

        using var created = await a.Http.PostAsJsonAsync("/api/admin/roles", new { displayName, description = "跟进重点项目", permissions = new[] { "inquiries.work" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var role = await created.ReadJsonAsync();
        var id = role.GetProperty("id").GetGuid();
        var name = role.GetProperty("name").GetString()!;
        Assert.Equal("qujing", role.GetProperty("tenant").GetString());

        using var duplicate = await a.Http.PostAsJsonAsync("/api/admin/roles", new { displayName, permissions = Array.Empty<string>() });
        await AssertProblemAsync(duplicate, HttpStatusCode.Conflict);

        using var changed = await a.Http.PutAsJsonAsync($"/api/admin/roles/{id}", new { displayName, permissions = new[] { "inquiries.work", "catalogue.manage" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(["catalogue.manage", "inquiries.work"], (await changed.ReadJsonAsync()).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).Order(StringComparer.Ordinal).ToArray());

        var user = NewName("qj-team");
        var holder = await CreateUserAsync(a.Http, new { userName = user, email = $"{user}@qj.example", roles = new[] { name }, password = StrongPassword });
        Assert.Contains("catalogue.manage", holder.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));

        using var inUse = await a.Http.DeleteAsync(new Uri($"/api/admin/roles/{id}", UriKind.Relative));
        await AssertProblemAsync(inUse, HttpStatusCode.Conflict);
        using var regrant = await a.Http.PutAsJsonAsync($"/api/admin/users/{holder.GetProperty("id").GetGuid()}", new { roles = new[] { "prefecture-staff" } });
        Assert.Equal(HttpStatusCode.OK, regrant.StatusCode);
        using var deleted = await a.Http.DeleteAsync(new Uri($"/api/admin/roles/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        var audit = (await AuditEntriesAsync(fixture.App, "identity.role-created"))
            .Concat(await AuditEntriesAsync(fixture.App, "identity.role-updated"))
            .Concat(await AuditEntriesAsync(fixture.App, "identity.role-deleted"))
            .Where(e => e.GetProperty("entityId").GetString() == name)
            .ToList();
        Assert.Equal(3, audit.Count);
        Assert.All(audit, e => Assert.Equal(fixture.AdminA, e.GetProperty("actorName").GetString()));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Default_roles_cannot_be_changed_or_deleted()
    {
        using var host = await fixture.App.CreateHostClientAsync();
        using var list = await host.GetAsync(new Uri("/api/admin/roles?tenant=qujing", UriKind.Relative));
        var roles = (await list.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["prefecture-admin", "prefecture-staff"], roles.Where(r => r.GetProperty("isDefault").GetBoolean()).Select(r => r.GetProperty("name").GetString()!).ToArray());
        var staff = roles.First(r => r.GetProperty("name").GetString() == "prefecture-staff").GetProperty("id").GetGuid();

        using var change = await host.PutAsJsonAsync($"/api/admin/roles/{staff}", new { displayName = "x", permissions = new[] { "users.manage" } });
        using var delete = await host.DeleteAsync(new Uri($"/api/admin/roles/{staff}", UriKind.Relative));

        await AssertProblemAsync(change, HttpStatusCode.Conflict);
        await AssertProblemAsync(delete, HttpStatusCode.Conflict);
    }
}
