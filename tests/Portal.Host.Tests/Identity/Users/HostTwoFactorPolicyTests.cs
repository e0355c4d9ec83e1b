using System.Net;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Identity.Users;

/// <summary>With <c>Portal:Security:RequireTwoFactorForHostAdmins</c>, a host admin without 2FA is sent to set it up.</summary>
public sealed class HostTwoFactorPolicyTests
{
    [ServiceFact(Service.Postgres)]
    public async Task A_host_admin_without_two_factor_is_sent_to_enable_it()
    {
        await using var app = await PortalApp.StartAsync(settings => settings.Settings["Portal:Security:RequireTwoFactorForHostAdmins"] = "true");
        using var session = new BackOffice(app);

        using var login = await session.LoginAsync("admin", PortalApp.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/account/two-factor?required=true", login.Headers.Location?.OriginalString);

        using var admin = await session.Http.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/account/two-factor?required=true", admin.Headers.Location?.OriginalString);

        using var setup = await session.Http.GetAsync(new Uri("/account/two-factor?required=true", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Contains("省级管理员须先启用两步验证", await setup.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
