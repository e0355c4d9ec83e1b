using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Identity.Localization;

namespace Portal.Identity.Account;

/// <summary>Identity's error texts in the caller's language (zh-CN by default) instead of its built-in English.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<AccountMessages> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["PasswordTooShort", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), text["PasswordUniqueChars", uniqueChars]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["PasswordMismatch"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), text["ResetLinkInvalid"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["UserNameTaken", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), text["EmailTaken", email]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), text["EmailInvalid"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["UserNameInvalid", 64]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
