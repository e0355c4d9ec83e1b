using System.Globalization;
using Portal.Catalogue.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>
/// The policy form as posted: dates as text (parsed here with a field error when they are not dates, so
/// that a typo never silently becomes "open-ended"), chains, parks and incentive kinds as checkboxes.
/// </summary>
public sealed class PolicyForm
{
    public string? Title { get; set; }
    public string? Issuer { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Level { get; set; }
    public List<string> Chains { get; set; } = [];
    public List<Guid> Parks { get; set; } = [];
    public List<string> IncentiveKinds { get; set; } = [];
    public string? EffectiveFrom { get; set; }
    public string? EffectiveTo { get; set; }
    public string? Body { get; set; }

    /// <summary>The version the edit is based on (optimistic concurrency); 0 for a new policy.</summary>
    public int Version { get; set; }

    public static PolicyForm From(AdminPolicyDto policy)
    {
        var c = policy.Content;
        return new PolicyForm
        {
            Title = c.Title, Issuer = c.Issuer, DocumentNumber = c.DocumentNumber, Level = c.Level,
            Chains = [.. c.Chains], Parks = [.. c.Parks], IncentiveKinds = [.. c.IncentiveKinds],
            EffectiveFrom = Text(c.EffectiveFrom), EffectiveTo = Text(c.EffectiveTo), Body = c.Body, Version = policy.Version,
        };
    }

    /// <summary>The input for the catalogue, or null with <paramref name="errors"/> naming the fields that are not dates.</summary>
    public PolicyInput? ToInput(Dictionary<string, string[]> errors, string notADate)
    {
        DateOnly? Date(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors[field] = [notADate];
            return null;
        }

        var input = new PolicyInput(
            Title, Issuer, DocumentNumber, Level, Chains, Parks, IncentiveKinds,
            Date("effectiveFrom", EffectiveFrom), Date("effectiveTo", EffectiveTo), Body);
        return errors.Count == 0 ? input : null;
    }

    private static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
