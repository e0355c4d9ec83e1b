using System.Globalization;
using Portal.Catalogue.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>
/// The park form as posted: numbers as text (parsed here with a field error when they are not numbers,
/// so that a typo never silently becomes empty), chains as checkboxes, enterprises one per line,
/// up to <see cref="ContactRows"/> contacts of which blank rows are dropped.
/// </summary>
public sealed class ParkForm
{
    public const int ContactRows = 3;

    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Level { get; set; }
    public string? County { get; set; }
    public string? Address { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? PlannedAreaMu { get; set; }
    public string? AvailableLandMu { get; set; }
    public string? LandPriceWanPerMu { get; set; }
    public string? PowerPriceYuanPerKwh { get; set; }
    public string? WaterSupply { get; set; }
    public string? GasSupply { get; set; }
    public string? Logistics { get; set; }
    public List<string> Chains { get; set; } = [];
    public string? NotableEnterprises { get; set; }
    public string? Description { get; set; }
    public List<ContactRow> Contacts { get; set; } = [];

    /// <summary>The version the edit is based on (optimistic concurrency); 0 for a new park.</summary>
    public int Version { get; set; }

    public sealed class ContactRow
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role)
            && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email);
    }

    public static ParkForm From(AdminParkDto park)
    {
        var c = park.Content;
        return new ParkForm
        {
            Name = c.Name, Kind = c.Kind, Level = c.Level, County = c.County, Address = c.Address,
            Latitude = Text(c.Latitude), Longitude = Text(c.Longitude), PlannedAreaMu = Text(c.PlannedAreaMu),
            AvailableLandMu = Text(c.AvailableLandMu), LandPriceWanPerMu = Text(c.LandPriceWanPerMu),
            PowerPriceYuanPerKwh = Text(c.PowerPriceYuanPerKwh), WaterSupply = c.WaterSupply, GasSupply = c.GasSupply,
            Logistics = c.Logistics, Chains = [.. c.Chains], NotableEnterprises = string.Join('\n', c.NotableEnterprises),
            Description = c.Description,
            Contacts = [.. c.Contacts.Select(x => new ContactRow { Name = x.Name, Role = x.Role, Phone = x.Phone, Email = x.Email })],
            Version = park.Version,
        };
    }

    /// <summary>Pads the contact rows to <see cref="ContactRows"/> for display.</summary>
    public void PadContacts()
    {
        while (Contacts.Count < ContactRows)
        {
            Contacts.Add(new ContactRow());
        }
    }

    /// <summary>The input for the catalogue, or null with <paramref name="errors"/> naming the fields that are not numbers.</summary>
    /// <param name="contactRowOf">For each contact sent, the form row it came from (blank rows are not sent).</param>
    public ParkInput? ToInput(Dictionary<string, string[]> errors, string notANumber, out List<int> contactRowOf)
    {
        decimal? Number(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (decimal.TryParse(value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            errors[field] = [notANumber];
            return null;
        }

        var input = new ParkInput(
            Name, Kind, Level, County, Address,
            Number("latitude", Latitude), Number("longitude", Longitude), Number("plannedAreaMu", PlannedAreaMu),
            Number("availableLandMu", AvailableLandMu), Number("landPriceWanPerMu", LandPriceWanPerMu),
            Number("powerPriceYuanPerKwh", PowerPriceYuanPerKwh),
            WaterSupply, GasSupply, Logistics, Chains,
            [.. (NotableEnterprises ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)],
            Description,
            [.. Contacts.Where(row => !row.IsBlank).Select(row => new ContactDto(row.Name ?? "", row.Role, row.Phone, row.Email))]);
        contactRowOf = [.. Contacts.Select((row, index) => (row, index)).Where(x => !x.row.IsBlank).Select(x => x.index)];
        return errors.Count == 0 ? input : null;
    }

    private static string? Text(decimal? value) => value?.ToString("0.######", CultureInfo.InvariantCulture);
}
