using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain.Rules;

namespace Portal.Catalogue.Domain;

/// <summary>An industrial park (园区) of a prefecture: where an enterprise would build. Fields as in <see cref="ParkContent"/>.</summary>
internal sealed class Park : CatalogueItem<ParkContent>
{
    private Park()
    {
    }

    public string Name { get; private set; } = "";

    public string ParkKind { get; private set; } = "";

    public string Level { get; private set; } = "";

    public string? County { get; private set; }

    public string? Address { get; private set; }

    public decimal? Latitude { get; private set; }

    public decimal? Longitude { get; private set; }

    public decimal? PlannedAreaMu { get; private set; }

    public decimal? AvailableLandMu { get; private set; }

    public decimal? LandPriceWanPerMu { get; private set; }

    public decimal? PowerPriceYuanPerKwh { get; private set; }

    public string? WaterSupply { get; private set; }

    public string? GasSupply { get; private set; }

    public string? Logistics { get; private set; }

    public string[] Chains { get; private set; } = [];

    public string[] NotableEnterprises { get; private set; } = [];

    public string? Description { get; private set; }

    public Contact[] Contacts { get; private set; } = [];

    public override string Kind => CatalogueItemKinds.Park;

    public override ParkContent Content => new(
        Name, ParkKind, Level, County, Address, Latitude, Longitude, PlannedAreaMu, AvailableLandMu,
        LandPriceWanPerMu, PowerPriceYuanPerKwh, WaterSupply, GasSupply, Logistics,
        Chains, NotableEnterprises, Description, Contacts);

    public static Park Create(ParkContent content, DateTimeOffset now)
    {
        var park = new Park();
        park.Start(content, now);
        return park;
    }

    protected override IEnumerable<IBusinessRule> RulesOf(ParkContent content) => content.Rules();

    protected override void Apply(ParkContent content)
    {
        Name = content.Name;
        ParkKind = content.Kind;
        Level = content.Level;
        County = content.County;
        Address = content.Address;
        Latitude = content.Latitude;
        Longitude = content.Longitude;
        PlannedAreaMu = content.PlannedAreaMu;
        AvailableLandMu = content.AvailableLandMu;
        LandPriceWanPerMu = content.LandPriceWanPerMu;
        PowerPriceYuanPerKwh = content.PowerPriceYuanPerKwh;
        WaterSupply = content.WaterSupply;
        GasSupply = content.GasSupply;
        Logistics = content.Logistics;
        Chains = [.. content.Chains];
        NotableEnterprises = [.. content.NotableEnterprises];
        Description = content.Description;
        Contacts = [.. content.Contacts];
    }
}
