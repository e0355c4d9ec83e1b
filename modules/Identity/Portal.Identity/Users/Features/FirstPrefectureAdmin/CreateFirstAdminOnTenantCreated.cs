using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Outbox;
using Portal.Identity.Account;
using Portal.Identity.Account.Mail;
using Portal.Identity.Domain;
using Portal.Identity.Persistence;
using Portal.Identity.Security;
using Portal.Tenancy.Contracts;

namespace Portal.Identity.Users.Features.FirstPrefectureAdmin;

/// <summary>
/// A new prefecture named its first admin (<see cref="TenantCreated.AdminEmail"/>): that person gets a user
/// of the prefecture with the <c>prefecture-admin</c> role, a random password nobody knows, and an invitation
/// mail with a link to set their own. Delivered at least once, so it converges: an existing user of that
/// prefecture with that address is completed, never duplicated.
/// </summary>
internal sealed class CreateFirstAdminOnTenantCreated(
    IdentityModuleDbContext db,
    UserManager<PortalUser> users,
    AccountService accounts,
    IdentityAudit audit,
    TimeProvider clock,
    ILogger<CreateFirstAdminOnTenantCreated> logger) : IIntegrationEventHandler<TenantCreated>
{
    public async Task HandleAsync(TenantCreated integrationEvent, CancellationToken cancellationToken)
    {
        var email = integrationEvent.AdminEmail?.Trim();
        if (string.IsNullOrEmpty(email) || !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            return;
        }

        var normalized = users.NormalizeEmail(email);
        var user = await users.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is not null && user.TenantId != integrationEvent.TenantId)
        {
            logger.LogWarning("The first admin's address of {Tenant} already belongs to another scope's user; no admin created", integrationEvent.Slug);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (user is null)
        {
            user = new PortalUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                TenantId = integrationEvent.TenantId,
                DisplayName = $"{integrationEvent.Name}管理员",
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, Secrets.NewPassword());
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create the first admin of {integrationEvent.Slug}: {string.Join(" ", created.Errors.Select(e => e.Code))}");
            }

            accounts.QueueMail(user, AccountMailRequested.Invitation, "zh-CN");
            audit.Record(IdentityAudit.Actions.UserCreated, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString(),
                new Dictionary<string, string?> { ["userName"] = user.UserName, ["email"] = email, ["roles"] = DefaultRoles.PrefectureAdmin },
                details: "first admin of a new prefecture", actor: (null, "system", ActorKinds.System));
        }

        if (!await users.IsInRoleAsync(user, DefaultRoles.PrefectureAdmin))
        {
            var granted = await users.AddToRoleAsync(user, DefaultRoles.PrefectureAdmin);
            if (!granted.Succeeded)
            {
                throw new InvalidOperationException($"Could not grant prefecture-admin to the first admin of {integrationEvent.Slug}.");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
