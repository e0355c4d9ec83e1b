namespace Portal.Identity.Account;

/// <summary>
/// <c>Portal:Security</c> settings of the back office's sign-in:
/// <list type="bullet">
/// <item><c>RequireTwoFactorForHostAdmins</c> (default false): a host admin without an authenticator is sent
/// to set one up before anything else.</item>
/// <item><c>SessionValidationInterval</c> (default 30 s): how often a cookie is checked against the user's
/// security stamp, i.e. how long a disabled user's open session survives at most.</item>
/// </list>
/// </summary>
internal sealed class AccountOptions
{
    public const string SectionName = "Portal:Security";

    public bool RequireTwoFactorForHostAdmins { get; set; }

    public TimeSpan SessionValidationInterval { get; set; } = TimeSpan.FromSeconds(30);
}
