using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Identity.Domain;
using Portal.Identity.Localization;

namespace Portal.Identity.Account;

/// <summary>
/// At least three of the four character classes (upper case, lower case, digits, other), as the
/// government's password guidance asks; Identity's own switches can only demand every class at once,
/// which pushes people towards <c>Password1!</c>-style patterns.
/// </summary>
internal sealed class CharacterClassesPasswordValidator(IStringLocalizer<AccountMessages> text) : IPasswordValidator<PortalUser>
{
    public const int RequiredClasses = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        password ??= "";
        var classes = new[]
        {
            password.Any(char.IsUpper),
            password.Any(char.IsLower),
            password.Any(char.IsDigit),
            password.Any(c => !char.IsLetterOrDigit(c)),
        }.Count(present => present);
        return Task.FromResult(classes >= RequiredClasses
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordCharacterClasses", Description = text["PasswordClasses"] }));
    }
}
