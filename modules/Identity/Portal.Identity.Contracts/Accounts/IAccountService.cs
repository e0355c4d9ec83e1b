namespace Portal.Identity.Contracts.Accounts;

/// <summary>
/// The back office's sign-in and password flows, for the login pages. Every method works on the current
/// HTTP request (its cookie, its caller's address for the audit log); the Identity module does the rest.
/// </summary>
public interface IAccountService
{
    /// <summary>Checks a user name or email and a password; on success the cookie is issued.</summary>
    Task<SignInOutcome> PasswordSignInAsync(string login, string password, bool remember, CancellationToken cancellationToken = default);

    /// <summary>The second step: a code from the authenticator app (or a recovery code when <paramref name="recovery"/>).</summary>
    Task<SignInOutcome> TwoFactorSignInAsync(string code, bool recovery, bool remember, CancellationToken cancellationToken = default);

    /// <summary>Whether a first step is waiting for its second (the two-factor page has someone to ask).</summary>
    Task<bool> HasPendingTwoFactorAsync();

    Task SignOutAsync(CancellationToken cancellationToken = default);

    /// <summary>Who is signed in, for the back office's header and dashboard; null when nobody is.</summary>
    Task<AccountInfo?> CurrentAsync(CancellationToken cancellationToken = default);

    Task<AccountResult> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken = default);

    /// <summary>
    /// Queues a reset mail when the address belongs to an enabled user; says nothing either way, so the
    /// form cannot be used to find out who has an account.
    /// </summary>
    Task RequestPasswordResetAsync(string email, string culture, CancellationToken cancellationToken = default);

    /// <summary>Sets a new password with the token from the reset mail; the token works once.</summary>
    Task<AccountResult> ResetPasswordAsync(Guid userId, string token, string newPassword, CancellationToken cancellationToken = default);

    /// <summary>A new authenticator key for the signed-in user (not active until confirmed by a code).</summary>
    Task<AuthenticatorSetup> BeginAuthenticatorSetupAsync(CancellationToken cancellationToken = default);

    /// <summary>Turns two-factor sign-in on when <paramref name="code"/> matches; returns the recovery codes, shown once.</summary>
    Task<AccountResult<IReadOnlyList<string>>> EnableAuthenticatorAsync(string code, CancellationToken cancellationToken = default);

    Task<AccountResult> DisableTwoFactorAsync(CancellationToken cancellationToken = default);
}

public enum SignInOutcome
{
    Succeeded,

    /// <summary>Wrong name or password, or a disabled user: one answer for all, so nothing is revealed.</summary>
    Failed,
    LockedOut,
    RequiresTwoFactor,

    /// <summary>Signed in, but policy wants two-factor set up first (host admins when configured).</summary>
    MustEnableTwoFactor,
}

/// <summary>The signed-in person. <see cref="TenantSlug"/> null means the host (省级).</summary>
public sealed record AccountInfo(
    Guid Id, string UserName, string? DisplayName, string? Email, Guid? TenantId, string? TenantSlug,
    IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, bool TwoFactorEnabled, bool MustEnableTwoFactor);

public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri);

/// <summary>Success, or field errors (key = form field, value = localized messages).</summary>
public record AccountResult(IReadOnlyDictionary<string, string[]> Errors)
{
    public static AccountResult Ok { get; } = new(new Dictionary<string, string[]>());

    public bool Succeeded => Errors.Count == 0;

    public static AccountResult Fail(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

public sealed record AccountResult<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors) : AccountResult(Errors);
