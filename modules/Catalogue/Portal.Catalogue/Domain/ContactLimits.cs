namespace Portal.Catalogue.Domain;

internal static class ContactLimits
{
    public const int NameMaxLength = 50;
    public const int RoleMaxLength = 50;
    public const int PhoneMaxLength = 40;
    public const int EmailMaxLength = 256;
}
