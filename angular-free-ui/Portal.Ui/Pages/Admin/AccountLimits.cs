namespace Portal.Ui.Pages.Admin;

/// <summary>Longer fields are not typed by a person: back-office forms refuse them (400) without looking further.</summary>
internal static class AccountLimits
{
    public const int MaxFieldLength = 256;

    public static bool TooLong(params string?[] values) => values.Any(value => value is { Length: > MaxFieldLength });
}
