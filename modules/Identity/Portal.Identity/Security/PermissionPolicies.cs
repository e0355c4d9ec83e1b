using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Contracts;

namespace Portal.Identity.Security;

/// <summary>
/// One authorization policy per permission, named after it, so that an endpoint says
/// <c>.RequireAuthorization(Permissions.X)</c>. A host-only permission also needs a host principal
/// (no tenant claim): a permission claim alone never lets a prefecture act as the bureau.
/// </summary>
internal static class PermissionPolicies
{
    public static IServiceCollection AddPermissionPolicies(this IServiceCollection services)
    {
        var authorization = services.AddAuthorizationBuilder();
        foreach (var permission in Permissions.All)
        {
            var hostOnly = Permissions.HostOnly.Contains(permission, StringComparer.Ordinal);
            authorization.AddPolicy(permission, policy =>
            {
                policy.RequireAuthenticatedUser();
                policy.RequireClaim(PortalClaims.Permission, permission);
                if (hostOnly)
                {
                    policy.RequireAssertion(context => !context.User.HasClaim(claim => claim.Type == PortalClaims.Tenant));
                }
            });
        }

        return services;
    }
}
