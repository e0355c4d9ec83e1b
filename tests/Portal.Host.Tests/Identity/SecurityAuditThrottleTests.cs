using System.Net;
using System.Net.Http.Headers;
using Portal.Host.Tests.Identity.Users;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Identity;

/// <summary>A flood of refused requests costs a few audit rows a minute per IP, not one row per request.</summary>
public sealed class SecurityAuditThrottleTests(IdentityPortalFixture fixture) : IClassFixture<IdentityPortalFixture>
{
    private const int MaxPerMinute = 10; // SecurityEventAudit.MaxPerMinute

    [ServiceFact(Service.Postgres)]
    public async Task A_flood_of_bad_tokens_is_refused_every_time_but_audited_only_up_to_the_limit()
    {
        using var caller = fixture.App.CreateClient();
        caller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token-" + Guid.NewGuid().ToString("N"));

        for (var i = 0; i < 25; i++)
        {
            using var response = await caller.GetAsync(new Uri("/api/admin/users", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // Written right after each answer: wait for the first window to fill, then for stragglers.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await UsersApi.AuditEntriesAsync(fixture.App, "security.token-rejected")).Count < MaxPerMinute && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        await Task.Delay(500);
        var entries = await UsersApi.AuditEntriesAsync(fixture.App, "security.token-rejected");

        // 25 calls, at most two one-minute windows: between 10 and 20 entries, never 25.
        Assert.InRange(entries.Count, MaxPerMinute, 2 * MaxPerMinute);
    }
}
