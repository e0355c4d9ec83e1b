using System.Net.Http.Headers;
using System.Net.Http.Json;
using Portal.Host.Tests.Identity.Users;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Authorization;

/// <summary>
/// Two prefectures (A and B) and the eight callers of the matrix: anonymous, the host admin, a bureau
/// staff member, A's admin, A's staff, B's admin (all signed in through the real login form), A's
/// machine client and the host machine client (bearer tokens).
/// </summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];
    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the matrix skips.");

    public string SlugA { get; private set; } = "";

    public string SlugB { get; private set; } = "";

    public HttpClient HostClient { get; private set; } = null!;

    public IReadOnlyDictionary<Caller, HttpClient> Callers { get; private set; } = new Dictionary<Caller, HttpClient>();

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is not null)
        {
            return;
        }

        _app = await PortalApp.StartAsync();
        HostClient = await _app.CreateHostClientAsync();
        (SlugA, _) = await TestData.CreatePrefectureAsync(HostClient, "甲州", "Prefecture A");
        (SlugB, _) = await TestData.CreatePrefectureAsync(HostClient, "乙州", "Prefecture B");

        var bureau = await NewUserAsync("bureau-staff", tenant: null);
        var adminA = await NewUserAsync("prefecture-admin", SlugA);
        var staffA = await NewUserAsync("prefecture-staff", SlugA);
        var adminB = await NewUserAsync("prefecture-admin", SlugB);

        using var created = await HostClient.PostAsJsonAsync("/api/admin/clients", new { displayName = "甲州对接系统", tenant = SlugA });
        var credentials = await created.ReadJsonAsync();
        var clientA = await BearerAsync(credentials.GetProperty("clientId").GetString()!, credentials.GetProperty("clientSecret").GetString()!);

        Callers = new Dictionary<Caller, HttpClient>
        {
            [Caller.Anonymous] = Own(_app.CreateClient(new() { AllowAutoRedirect = false })),
            [Caller.HostAdmin] = await SignedInAsync("admin", PortalApp.AdminPassword),
            [Caller.BureauStaff] = await SignedInAsync(bureau, UsersApi.StrongPassword),
            [Caller.AdminA] = await SignedInAsync(adminA, UsersApi.StrongPassword),
            [Caller.StaffA] = await SignedInAsync(staffA, UsersApi.StrongPassword),
            [Caller.AdminB] = await SignedInAsync(adminB, UsersApi.StrongPassword),
            [Caller.ClientA] = clientA,
            [Caller.HostClient] = await BearerAsync(PortalApp.HostClientId, PortalApp.HostClientSecret),
        };
    }

    private async Task<string> NewUserAsync(string role, string? tenant)
    {
        var name = UsersApi.NewName(role[..4]);
        await UsersApi.CreateUserAsync(HostClient, new
        {
            userName = name,
            email = $"{name}@matrix.example",
            roles = new[] { role },
            tenant,
            password = UsersApi.StrongPassword,
        });
        return name;
    }

    private async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var session = new BackOffice(App);
        _owned.Add(session);
        await session.SignInAsync(userName, password);
        return session.Http;
    }

    // No automatic redirects: a page's 302 to the login form is the answer, and following it would drop the token.
    private async Task<HttpClient> BearerAsync(string clientId, string secret)
    {
        var client = Own(App.CreateClient(new() { AllowAutoRedirect = false }));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await App.GetTokenAsync(clientId, secret));
        return client;
    }

    private HttpClient Own(HttpClient client)
    {
        _owned.Add(client);
        return client;
    }

    public async Task DisposeAsync()
    {
        _owned.ForEach(owned => owned.Dispose());
        HostClient?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>The columns of the matrix, in order.</summary>
public enum Caller
{
    Anonymous,
    HostAdmin,
    BureauStaff,
    AdminA,
    StaffA,
    AdminB,
    ClientA,
    HostClient,
}
