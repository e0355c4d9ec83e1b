using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Contracts;
using Portal.Identity.Domain;
using Portal.Identity.Security;

namespace Portal.Identity.Seeding;

/// <summary>
/// Makes sure the bureau has an administrator: the role <c>host-admin</c> holding every permission, and,
/// when no host user has that role, the user <c>admin</c> with the configured password or a generated one
/// printed once. Runs on every start and changes nothing when all is in place.
/// </summary>
internal sealed class HostAdminSeeder(
    IServiceScopeFactory scopes, IOptions<PortalOptions> options, TimeProvider clock, ILogger<HostAdminSeeder> logger) : IDataSeeder
{
    public const string UserName = "admin";
    public const string DefaultEmail = "admin@portal.local";

    /// <summary>What the (Chinese) back office shows for the seeded admin; the user name stays <see cref="UserName"/>.</summary>
    public const string DisplayName = "省级管理员";

    /// <summary>The display name earlier versions gave the seeded admin; replaced on start.</summary>
    private const string FormerDisplayName = "Host admin";

    public int Order => 200;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<PortalRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        await EnsureHostAdminRoleAsync(roles);
        var admins = await users.GetUsersInRoleAsync(DefaultRoles.HostAdmin);
        if (admins.Any(user => user.TenantId is null))
        {
            // An admin seeded by an earlier version still carries the English name nobody chose: rename it once.
            if (admins.FirstOrDefault(user => user.TenantId is null && user.UserName == UserName && user.DisplayName == FormerDisplayName) is { } seeded)
            {
                seeded.DisplayName = DisplayName;
                Check(await users.UpdateAsync(seeded), "rename the host admin");
            }

            return;
        }

        var existing = await users.FindByNameAsync(UserName);
        if (existing is { TenantId: null })
        {
            // Created by an earlier start that stopped before the role was granted.
            Check(await users.AddToRoleAsync(existing, DefaultRoles.HostAdmin), "grant the host-admin role");
            return;
        }

        if (existing is not null)
        {
            logger.LogWarning("A prefecture user is named '{UserName}'; no host admin was created", UserName);
            return;
        }

        var bootstrap = options.Value.Bootstrap;
        var configured = !string.IsNullOrWhiteSpace(bootstrap.AdminPassword);
        var password = configured ? bootstrap.AdminPassword! : Secrets.NewPassword();
        var admin = new PortalUser
        {
            UserName = UserName,
            Email = string.IsNullOrWhiteSpace(bootstrap.AdminEmail) ? DefaultEmail : bootstrap.AdminEmail.Trim(),
            EmailConfirmed = true,
            DisplayName = DisplayName,
            CreatedAt = clock.GetUtcNow(),
        };

        // An operator's chosen password is honoured even when the policy would refuse it (a refused start
        // helps nobody); the policy's complaint is logged so that it gets changed.
        var weaknesses = await WeaknessesAsync(users, admin, password);
        if (weaknesses.Count > 0)
        {
            logger.LogWarning(
                "Portal:Bootstrap:AdminPassword does not meet the password policy ({Weaknesses}); change it after signing in",
                string.Join(" ", weaknesses));
        }

        admin.PasswordHash = users.PasswordHasher.HashPassword(admin, password);
        var created = await users.CreateAsync(admin);
        if (!created.Succeeded && created.Errors.Any(error => error.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return; // another node created it at the same moment
        }

        Check(created, "create the host admin");
        Check(await users.AddToRoleAsync(admin, DefaultRoles.HostAdmin), "grant the host-admin role");

        // Printed once, on the console rather than into structured logs that are shipped and kept.
        var shown = configured ? "(the password from Portal:Bootstrap:AdminPassword)" : password;
        await Console.Out.WriteLineAsync($"Host admin: {UserName} / {shown} — shown once");
        logger.LogInformation("Created the host admin '{UserName}' ({Email})", UserName, admin.Email);
    }

    /// <summary>The role exists and holds exactly the known permissions (new ones are added on upgrade).</summary>
    private async Task EnsureHostAdminRoleAsync(RoleManager<PortalRole> roles)
    {
        var role = await roles.FindByNameAsync(DefaultRoles.HostAdmin);
        if (role is null)
        {
            var created = await roles.CreateAsync(new PortalRole(DefaultRoles.HostAdmin));
            if (!created.Succeeded && await roles.Roles.AnyAsync(r => r.Name == DefaultRoles.HostAdmin))
            {
                logger.LogDebug("The host-admin role was created by another node");
            }
            else
            {
                Check(created, "create the host-admin role");
            }

            role = await roles.FindByNameAsync(DefaultRoles.HostAdmin)
                ?? throw new InvalidOperationException("The host-admin role vanished while seeding.");
        }

        var held = (await roles.GetClaimsAsync(role))
            .Where(claim => claim.Type == PortalClaims.Permission)
            .ToList();
        foreach (var missing in Permissions.All.Where(permission => !held.Exists(claim => claim.Value == permission)))
        {
            Check(await roles.AddClaimAsync(role, new Claim(PortalClaims.Permission, missing)), $"grant {missing} to host-admin");
        }

        foreach (var retired in held.Where(claim => !Permissions.IsKnown(claim.Value)))
        {
            Check(await roles.RemoveClaimAsync(role, retired), $"remove {retired.Value} from host-admin");
        }
    }

    private static async Task<List<string>> WeaknessesAsync(UserManager<PortalUser> users, PortalUser user, string password)
    {
        var weaknesses = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            weaknesses.AddRange(result.Errors.Select(error => error.Description));
        }

        return weaknesses;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {string.Join(" ", result.Errors.Select(error => error.Description))}");
        }
    }
}
