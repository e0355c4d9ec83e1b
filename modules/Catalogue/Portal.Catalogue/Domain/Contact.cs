using Portal.Catalogue.Domain.Rules;

namespace Portal.Catalogue.Domain;

/// <summary>A person or an office to call about a park or a project.</summary>
internal sealed record Contact(string Name, string? Role, string? Phone, string? Email)
{
    /// <param name="field">Where the contact sits in the request (<c>contacts[1]</c>, <c>contact</c>).</param>
    public IEnumerable<IBusinessRule> Rules(string field) =>
    [
        new TextIsRequired($"{field}.name", Name),
        new TextCannotExceedItsLimit($"{field}.name", Name, ContactLimits.NameMaxLength),
        new TextCannotExceedItsLimit($"{field}.role", Role, ContactLimits.RoleMaxLength),
        new TextCannotExceedItsLimit($"{field}.phone", Phone, ContactLimits.PhoneMaxLength),
        new ContactPhoneMustBeDialable($"{field}.phone", Phone),
        new TextCannotExceedItsLimit($"{field}.email", Email, ContactLimits.EmailMaxLength),
        new ContactEmailMustBeAnAddress($"{field}.email", Email),
    ];
}
