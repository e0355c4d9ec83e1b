namespace Portal.Catalogue.Domain;

/// <summary>The limits of a park's fields, in one place (columns, validation and forms read them).</summary>
internal static class ParkLimits
{
    public const int NameMaxLength = 100;
    public const int KindMaxLength = 40;
    public const int LevelMaxLength = 20;
    public const int CountyMaxLength = 50;
    public const int AddressMaxLength = 200;

    /// <summary>Water, gas and logistics are short descriptions (pipe capacity, distances), not articles.</summary>
    public const int SupplyTextMaxLength = 1000;

    public const int DescriptionMaxLength = 20_000;
    public const int MaxChains = 10;
    public const int MaxNotableEnterprises = 30;
    public const int EnterpriseNameMaxLength = 100;
    public const int MaxContacts = 5;

    /// <summary>10 million 亩 is about 6,700 km²: larger than any park, small enough to catch m² typed as 亩.</summary>
    public const decimal MaxAreaMu = 10_000_000m;

    public const decimal MaxLandPriceWanPerMu = 10_000m;
    public const decimal MaxPowerPriceYuanPerKwh = 10m;

    /// <summary>Decimal places kept: about 10 cm for coordinates, 0.01 亩, 0.01 万元, 0.0001 元.</summary>
    public const int CoordinateScale = 6;

    public const int AreaScale = 2;
    public const int LandPriceScale = 2;
    public const int PowerPriceScale = 4;
}
