using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Identity;

/// <summary>
/// A portal with two prefectures, Qujing (A) and Dali (B), created by the host client over HTTP, and one
/// machine client for each (A's named in the body, B's through <c>X-Tenant</c>), as a bureau script would.
/// </summary>
public sealed class PrefectureClientFixture : IAsyncLifetime
{
    public const string SlugA = "qujing";
    public const string SlugB = "dali";

    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public Guid TenantA { get; private set; }

    public Guid TenantB { get; private set; }

    public (string Id, string Secret) ClientA { get; private set; }

    public (string Id, string Secret) ClientB { get; private set; }

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is not null)
        {
            return;
        }

        _app = await PortalApp.StartAsync();
        using var host = await _app.CreateHostClientAsync();
        TenantA = await IdentityApi.CreateTenantAsync(host, SlugA, "530300");
        TenantB = await IdentityApi.CreateTenantAsync(host, SlugB, "532900");
        ClientA = await IdentityApi.CreateClientAsync(host, new { displayName = "曲靖数据同步", tenant = SlugA });
        using var hostInB = await _app.CreateHostClientAsync(tenant: SlugB);
        ClientB = await IdentityApi.CreateClientAsync(hostInB, new { displayName = "Dali sync" });
    }

    public Task<HttpClient> ClientOfAAsync(string? tenant = null) => App.CreateClientForAsync(ClientA.Id, ClientA.Secret, tenant);

    public Task<HttpClient> ClientOfBAsync(string? tenant = null) => App.CreateClientForAsync(ClientB.Id, ClientB.Secret, tenant);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
