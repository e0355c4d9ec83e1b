using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.Users.UsersApi;

namespace Portal.Host.Tests.Identity.Users;

/// <summary>
/// A portal (fresh PostgreSQL) with prefectures A (Qujing) and B (Dali) and a prefecture admin in each,
/// created over the users API by the host machine client. Sessions are checked against the security stamp on
/// every request, so a disabled user's cookie dies at once.
/// </summary>
public sealed class UsersFixture : IAsyncLifetime
{
    public const string SlugA = "qujing";
    public const string SlugB = "dali";

    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public string AdminA { get; } = NewName("qj-admin");

    public string AdminB { get; } = NewName("dl-admin");

    public Guid AdminBId { get; private set; }

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is not null)
        {
            return;
        }

        _app = await PortalApp.StartAsync(settings =>
        {
            settings.Settings["Portal:Security:SessionValidationInterval"] = "00:00:00";
            settings.Settings["Portal:Mail:BaseUrl"] = "http://portal.test";
        });
        using var host = await _app.CreateHostClientAsync();
        await IdentityApi.CreateTenantAsync(host, SlugA, "530300");
        await IdentityApi.CreateTenantAsync(host, SlugB, "532900");
        await CreateUserAsync(host, new { userName = AdminA, email = $"{AdminA}@qj.example", roles = new[] { "prefecture-admin" }, tenant = SlugA, password = StrongPassword });
        var b = await CreateUserAsync(host, new { userName = AdminB, email = $"{AdminB}@dl.example", roles = new[] { "prefecture-admin" }, tenant = SlugB, password = StrongPassword });
        AdminBId = b.GetProperty("id").GetGuid();
    }

    /// <summary>A back-office session signed in as <paramref name="userName"/>.</summary>
    public async Task<BackOffice> SignedInAsync(string userName, string password = StrongPassword)
    {
        var session = new BackOffice(App);
        await session.SignInAsync(userName, password);
        return session;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
