using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Domain;

namespace Portal.Identity.Roles;

/// <summary>
/// The four default roles exist, are marked default and hold exactly their permissions from
/// <see cref="DefaultRoles"/>. Runs on every start, before the host admin is seeded, and writes only what differs.
/// </summary>
internal sealed class DefaultRoleSeeder(IServiceScopeFactory scopes, ILogger<DefaultRoleSeeder> logger) : IDataSeeder
{
    private static readonly Dictionary<string, string> DisplayNames = new(StringComparer.Ordinal)
    {
        [DefaultRoles.HostAdmin] = "省级管理员",
        [DefaultRoles.BureauStaff] = "省投资促进局工作人员",
        [DefaultRoles.PrefectureAdmin] = "州（市）管理员",
        [DefaultRoles.PrefectureStaff] = "州（市）工作人员（专班）",
    };

    public int Order => 190;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<PortalRole>>();
        foreach (var definition in DefaultRoles.All)
        {
            await EnsureAsync(roles, definition);
        }
    }

    private async Task EnsureAsync(RoleManager<PortalRole> roles, DefaultRole definition)
    {
        var role = await roles.FindByNameAsync(definition.Name);
        if (role is null)
        {
            var created = await roles.CreateAsync(new PortalRole(definition.Name)
            {
                IsDefault = true,
                ForPrefecture = definition.ForPrefecture,
                DisplayName = DisplayNames[definition.Name],
            });
            if (!created.Succeeded && !await roles.Roles.AnyAsync(r => r.Name == definition.Name))
            {
                throw new InvalidOperationException($"Could not create the role {definition.Name}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            role = await roles.FindByNameAsync(definition.Name) ?? throw new InvalidOperationException($"The role {definition.Name} vanished while seeding.");
            logger.LogInformation("Created the default role {Role}", definition.Name);
        }

        if (!role.IsDefault || role.ForPrefecture != definition.ForPrefecture || role.DisplayName is null)
        {
            role.IsDefault = true;
            role.ForPrefecture = definition.ForPrefecture;
            role.DisplayName ??= DisplayNames[definition.Name];
            await roles.UpdateAsync(role);
        }

        var held = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PortalClaims.Permission).ToList();
        foreach (var missing in definition.Permissions.Where(p => !held.Exists(c => c.Value == p)))
        {
            await roles.AddClaimAsync(role, new Claim(PortalClaims.Permission, missing));
        }

        foreach (var extra in held.Where(c => !definition.Permissions.Contains(c.Value)))
        {
            await roles.RemoveClaimAsync(role, extra);
        }
    }
}
