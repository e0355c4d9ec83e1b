using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Features;

/// <summary>A contact as clients send it: <c>{ name, role?, phone?, email? }</c>.</summary>
internal sealed record ContactBody(string? Name, string? Role, string? Phone, string? Email)
{
    public Contact ToContact() =>
        new(TextInput.Required(Name), TextInput.Optional(Role), TextInput.Optional(Phone), TextInput.Optional(Email));

    public static Contact[] ToContacts(ContactBody?[]? bodies) =>
        bodies is null ? [] : [.. bodies.Select(body => body?.ToContact() ?? new Contact("", null, null, null))];

    public static ContactDto ToDto(Contact contact) => new(contact.Name, contact.Role, contact.Phone, contact.Email);
}
