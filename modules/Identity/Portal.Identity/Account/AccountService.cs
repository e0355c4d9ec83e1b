using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Mail;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Account.Mail;
using Portal.Identity.Contracts.Accounts;
using Portal.Identity.Domain;
using Portal.Identity.Localization;
using Portal.Identity.Persistence;
using Portal.Identity.Security;

namespace Portal.Identity.Account;

/// <summary>
/// <see cref="IAccountService"/> on ASP.NET Core Identity. Sign-in answers never tell an unknown user from
/// a wrong password or a disabled account; each attempt, good or bad, leaves an audit entry.
/// </summary>
internal sealed class AccountService(
    PortalSignInManager signIn,
    UserManager<PortalUser> users,
    IdentityModuleDbContext db,
    IdentityAudit audit,
    IHttpContextAccessor http,
    ITenantStore tenants,
    IOptions<AccountOptions> options,
    IOptions<MailOptions> mail,
    IOptions<SecurityOptions> security,
    IStringLocalizer<AccountMessages> text,
    TimeProvider clock) : IAccountService
{
    public const int MaxLoginLength = 256;
    public const int MaxPasswordLength = 256;
    private const string AuthenticatorIssuer = "Yunnan Investment Portal";

    private HttpContext Http => http.HttpContext ?? throw new InvalidOperationException("Account operations need an HTTP request.");

    public async Task<SignInOutcome> PasswordSignInAsync(string login, string password, bool remember, CancellationToken cancellationToken = default)
    {
        login = login.Trim();
        var user = await FindByLoginAsync(login);
        if (user is null)
        {
            // Spend the time a real check takes, so the answer's timing does not tell who exists.
            users.PasswordHasher.VerifyHashedPassword(new PortalUser(), DummyHash, password);
            await RecordSignInAsync(null, AuditOutcomes.Failed, "unknown-user", login, cancellationToken);
            return SignInOutcome.Failed;
        }

        // Staff of a disabled prefecture cannot use the portal (every request of theirs would be a 404).
        if (user.TenantId is { } tenantId && await tenants.FindByIdAsync(tenantId, cancellationToken) is not { IsActive: true })
        {
            users.PasswordHasher.VerifyHashedPassword(user, DummyHash, password);
            await RecordSignInAsync(user, AuditOutcomes.Denied, "prefecture-disabled", login, cancellationToken);
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return await SignedInAsync(user, "password", cancellationToken);
        }

        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.RequiresTwoFactor;
        }

        var (outcome, reason) = result.IsLockedOut ? (AuditOutcomes.Denied, "locked-out")
            : result.IsNotAllowed ? (AuditOutcomes.Denied, "disabled")
            : (AuditOutcomes.Failed, "wrong-password");
        await RecordSignInAsync(user, outcome, reason, login, cancellationToken);
        return result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    public async Task<SignInOutcome> TwoFactorSignInAsync(string code, bool recovery, bool remember, CancellationToken cancellationToken = default)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        var cleaned = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(cleaned, remember, rememberClient: false);
        if (result.Succeeded)
        {
            return await SignedInAsync(user, recovery ? "recovery-code" : "authenticator", cancellationToken);
        }

        var reason = result.IsLockedOut ? "locked-out" : recovery ? "wrong-recovery-code" : "wrong-authenticator-code";
        await RecordSignInAsync(user, result.IsLockedOut ? AuditOutcomes.Denied : AuditOutcomes.Failed, reason, user.UserName, cancellationToken);
        return result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    public async Task<bool> HasPendingTwoFactorAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    public async Task SignOutAsync(CancellationToken cancellationToken = default)
    {
        var principal = Http.User;
        if (principal.Identity?.IsAuthenticated == true)
        {
            audit.Record(IdentityAudit.Actions.SignOut, AuditOutcomes.Succeeded, principal.TenantId(), "user", principal.Subject());
            await audit.SaveAsync(cancellationToken);
        }

        await signIn.SignOutAsync();
    }

    public async Task<AccountInfo?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        // A person (a user id in sub), not a machine client's token that names a client id there.
        var principal = Http.User;
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(users.GetUserId(principal), out _)
            || await users.GetUserAsync(principal) is not { } user)
        {
            return null;
        }

        var slug = principal.FindFirstValue(PortalClaims.TenantSlug);
        if (slug is null && user.TenantId is { } tenantId)
        {
            slug = (await tenants.FindByIdAsync(tenantId, cancellationToken))?.Slug;
        }

        return new AccountInfo(
            user.Id, user.UserName!, user.DisplayName, user.Email, user.TenantId, slug,
            [.. await users.GetRolesAsync(user)], [.. principal.PermissionSet().Order(StringComparer.Ordinal)], user.TwoFactorEnabled,
            !user.TwoFactorEnabled && await MustUseTwoFactorAsync(user));
    }

    public async Task<AccountResult> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        if (await SignedInUserAsync() is not { } user)
        {
            return AccountResult.Fail("", text["NotSignedIn"]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            return Errors(result, "newPassword", mismatchField: "currentPassword");
        }

        audit.Record(IdentityAudit.Actions.PasswordChanged, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString());
        await audit.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The stamp changed (other sessions of this user die); this one is re-issued with the new stamp.
        await signIn.RefreshSignInAsync(user);
        return AccountResult.Ok;
    }

    public async Task RequestPasswordResetAsync(string email, string culture, CancellationToken cancellationToken = default)
    {
        var user = await FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled)
        {
            audit.Record(IdentityAudit.Actions.PasswordResetRequested, AuditOutcomes.Failed, null, details: "no enabled user with this address");
            await audit.SaveAsync(cancellationToken);
            return;
        }

        QueueMail(user, AccountMailRequested.Reset, culture);
        audit.Record(
            IdentityAudit.Actions.PasswordResetRequested, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString(),
            actor: (user.Id.ToString(), user.UserName, ActorKinds.User));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<AccountResult> ResetPasswordAsync(Guid userId, string token, string newPassword, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var decoded = AccountMailHandler.DecodeToken(token);
        if (user is null || user.IsDisabled || decoded is null)
        {
            return AccountResult.Fail("", text["ResetLinkInvalid"]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.ResetPasswordAsync(user, decoded, newPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(error => error.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                audit.Record(IdentityAudit.Actions.PasswordReset, AuditOutcomes.Failed, user.TenantId, "user", user.Id.ToString(),
                    details: "invalid or used token", actor: (null, null, ActorKinds.Anonymous));
                await audit.SaveAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return AccountResult.Fail("", text["ResetLinkInvalid"]);
            }

            return Errors(result, "newPassword");
        }

        // Whoever holds the mailbox has proved it: a lockout from forgotten passwords ends here.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record(IdentityAudit.Actions.PasswordReset, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString(),
            actor: (user.Id.ToString(), user.UserName, ActorKinds.User));
        await audit.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AccountResult.Ok;
    }

    public async Task<AuthenticatorSetup> BeginAuthenticatorSetupAsync(CancellationToken cancellationToken = default)
    {
        var user = await SignedInUserAsync() ?? throw new InvalidOperationException("Nobody is signed in.");
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || user.TwoFactorEnabled)
        {
            // A fresh key each time setup starts over, so an old, possibly seen key never becomes valid.
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);

            // A new key renews the security stamp; keep this session alive with the new one.
            await signIn.RefreshSignInAsync(user);
        }

        var label = UrlEncoder.Default.Encode($"{AuthenticatorIssuer}:{user.UserName}");
        var issuer = UrlEncoder.Default.Encode(AuthenticatorIssuer);
        return new AuthenticatorSetup(key!, $"otpauth://totp/{label}?secret={key}&issuer={issuer}&digits=6");
    }

    public async Task<AccountResult<IReadOnlyList<string>>> EnableAuthenticatorAsync(string code, CancellationToken cancellationToken = default)
    {
        var user = await SignedInUserAsync() ?? throw new InvalidOperationException("Nobody is signed in.");
        var cleaned = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned))
        {
            return new AccountResult<IReadOnlyList<string>>(null, new Dictionary<string, string[]> { ["code"] = [text["AuthenticatorCodeInvalid"]] });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        audit.Record(IdentityAudit.Actions.TwoFactorEnabled, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString());
        await audit.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await signIn.RefreshSignInAsync(user);
        return new AccountResult<IReadOnlyList<string>>(codes, new Dictionary<string, string[]>());
    }

    public async Task<AccountResult> DisableTwoFactorAsync(CancellationToken cancellationToken = default)
    {
        var user = await SignedInUserAsync() ?? throw new InvalidOperationException("Nobody is signed in.");
        if (await MustUseTwoFactorAsync(user))
        {
            return AccountResult.Fail("", text["TwoFactorRequired"]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.Record(IdentityAudit.Actions.TwoFactorDisabled, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString());
        await audit.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await signIn.RefreshSignInAsync(user);
        return AccountResult.Ok;
    }

    /// <summary>Whether policy requires this user to sign in with a second factor.</summary>
    public async Task<bool> MustUseTwoFactorAsync(PortalUser user) =>
        options.Value.RequireTwoFactorForHostAdmins && user.TenantId is null && await users.IsInRoleAsync(user, DefaultRoles.HostAdmin);

    /// <summary>Queues a password mail (reset or invitation); committed by the caller's SaveChanges.</summary>
    public void QueueMail(PortalUser user, string kind, string? culture = null) =>
        db.AddIntegrationEvent(new AccountMailRequested(user.Id, kind, culture ?? CultureInfo.CurrentUICulture.Name, LinkBaseUrl()));

    /// <summary>
    /// The configured public address when there is one: a link built from the request's Host header could be
    /// pointed at another site by whoever sends the request (reset-link poisoning).
    /// </summary>
    public string LinkBaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(mail.Value.BaseUrl))
        {
            return mail.Value.BaseUrl;
        }

        if (!string.IsNullOrWhiteSpace(security.Value.Issuer))
        {
            return security.Value.Issuer;
        }

        var request = http.HttpContext?.Request;
        return request is null ? "http://localhost:5000" : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    /// <summary>The signed-in person; null for anonymous callers and for machine clients (whose sub is a client id).</summary>
    private async Task<PortalUser?> SignedInUserAsync() =>
        Guid.TryParse(users.GetUserId(Http.User), out _) ? await users.GetUserAsync(Http.User) : null;

    private async Task<SignInOutcome> SignedInAsync(PortalUser user, string method, CancellationToken cancellationToken)
    {
        user.LastSignInAt = clock.GetUtcNow();
        audit.Record(IdentityAudit.Actions.SignIn, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString(),
            details: method, actor: (user.Id.ToString(), user.UserName, ActorKinds.User));
        await users.UpdateAsync(user);
        return !user.TwoFactorEnabled && await MustUseTwoFactorAsync(user) ? SignInOutcome.MustEnableTwoFactor : SignInOutcome.Succeeded;
    }

    private async Task RecordSignInAsync(PortalUser? user, string outcome, string reason, string? login, CancellationToken cancellationToken)
    {
        var attempted = login is { Length: > 100 } ? login[..100] : login;
        audit.Record(IdentityAudit.Actions.SignIn, outcome, user?.TenantId, "user", user?.Id.ToString(),
            changes: new Dictionary<string, string?> { ["login"] = attempted },
            details: reason, actor: (user?.Id.ToString(), attempted, ActorKinds.Anonymous));
        await audit.SaveAsync(cancellationToken);
    }

    private async Task<PortalUser?> FindByLoginAsync(string login)
    {
        if (login.Length == 0 || login.Length > MaxLoginLength)
        {
            return null;
        }

        return await users.FindByNameAsync(login) ?? (login.Contains('@', StringComparison.Ordinal) ? await FindByEmailAsync(login) : null);
    }

    private async Task<PortalUser?> FindByEmailAsync(string email)
    {
        if (email.Length == 0 || email.Length > MaxLoginLength)
        {
            return null;
        }

        // Addresses are unique for users created by the portal; an older duplicate must not crash the page.
        var normalized = users.NormalizeEmail(email);
        var matches = await users.Users.Where(u => u.NormalizedEmail == normalized).Take(2).ToListAsync();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static AccountResult Errors(IdentityResult result, string field, string? mismatchField = null) => new(
        result.Errors
            .GroupBy(error => error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) && mismatchField is not null ? mismatchField : field)
            .ToDictionary(group => group.Key, group => group.Select(error => error.Description).ToArray()));

    // A hash of a random password, made once: verifying against it costs what a real verification costs.
    private static readonly string DummyHash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString());
}
