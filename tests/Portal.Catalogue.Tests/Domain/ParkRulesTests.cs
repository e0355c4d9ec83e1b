using Portal.Catalogue.Domain;
using Xunit;
using static Portal.Catalogue.Tests.Domain.Samples;

namespace Portal.Catalogue.Tests.Domain;

public sealed class ParkRulesTests
{
    [Fact]
    public void A_complete_park_breaks_no_rule() => Assert.Empty(Broken(ValidPark().Rules()));

    [Fact]
    public void Available_land_above_the_planned_area_is_refused() =>
        AssertBroken((ValidPark() with { PlannedAreaMu = 1000m, AvailableLandMu = 1000.01m }).Rules(), ("availableLandMu", "AvailableAbovePlanned"));

    [Fact]
    public void Available_land_equal_to_the_planned_area_is_fine() =>
        Assert.Empty(Broken((ValidPark() with { PlannedAreaMu = 1000m, AvailableLandMu = 1000m }).Rules()));

    [Fact]
    public void Available_land_without_a_planned_area_is_not_compared() =>
        Assert.Empty(Broken((ValidPark() with { PlannedAreaMu = null, AvailableLandMu = 500m }).Rules()));

    [Theory]
    [InlineData("plannedAreaMu")]
    [InlineData("availableLandMu")]
    [InlineData("landPriceWanPerMu")]
    [InlineData("powerPriceYuanPerKwh")]
    public void Areas_and_prices_cannot_be_negative(string field)
    {
        var park = field switch
        {
            "plannedAreaMu" => ValidPark() with { PlannedAreaMu = -1m, AvailableLandMu = null },
            "availableLandMu" => ValidPark() with { AvailableLandMu = -0.5m },
            "landPriceWanPerMu" => ValidPark() with { LandPriceWanPerMu = -18m },
            _ => ValidPark() with { PowerPriceYuanPerKwh = -0.01m },
        };

        AssertBroken(park.Rules(), (field, "Negative"));
    }

    [Fact]
    public void Zero_prices_and_areas_are_allowed() =>
        Assert.Empty(Broken((ValidPark() with { PlannedAreaMu = 0, AvailableLandMu = 0, LandPriceWanPerMu = 0, PowerPriceYuanPerKwh = 0 }).Rules()));

    [Fact]
    public void A_figure_far_beyond_reality_is_taken_for_a_unit_mistake() =>
        AssertBroken((ValidPark() with { LandPriceWanPerMu = 180_000m }).Rules(), ("landPriceWanPerMu", "AmountTooLarge"));

    [Theory]
    [InlineData(25.04, 102.71)] // Kunming
    [InlineData(21.19, 101.69)] // Mohan, the southern border
    [InlineData(28.5, 98.9)] // Deqin, the north
    [InlineData(24.01, 97.85)] // Ruili, the west
    [InlineData(23.63, 105.63)] // Funing, the east
    public void Coordinates_inside_Yunnan_are_accepted(double latitude, double longitude) =>
        Assert.Empty(Broken((ValidPark() with { Latitude = (decimal)latitude, Longitude = (decimal)longitude }).Rules()));

    [Theory]
    [InlineData(39.9, 116.4, "latitude", "longitude")] // Beijing
    [InlineData(102.71, 25.04, "latitude", "longitude")] // swapped
    [InlineData(20.9, 101.0, "latitude", null)] // Laos
    [InlineData(26.0, 107.0, null, "longitude")] // Guizhou
    [InlineData(25.0, 97.0, null, "longitude")] // Myanmar
    public void Coordinates_outside_Yunnan_are_refused(double latitude, double longitude, string? badLatitude, string? badLongitude)
    {
        var expected = new[] { badLatitude, badLongitude }.OfType<string>().Select(field => (field, "OutsideYunnan")).ToArray();
        AssertBroken((ValidPark() with { Latitude = (decimal)latitude, Longitude = (decimal)longitude }).Rules(), expected);
    }

    [Fact]
    public void Half_a_coordinate_is_refused()
    {
        AssertBroken((ValidPark() with { Longitude = null }).Rules(), ("longitude", "CoordinateMissing"));
        AssertBroken((ValidPark() with { Latitude = null }).Rules(), ("latitude", "CoordinateMissing"));
        Assert.Empty(Broken((ValidPark() with { Latitude = null, Longitude = null }).Rules()));
    }

    [Theory]
    [InlineData("kind", "economic_development_zone")]
    [InlineData("kind", "经济技术开发区")]
    [InlineData("kind", "High-Tech-Zone")]
    [InlineData("level", "province")]
    [InlineData("level", "city")]
    public void Kind_and_level_must_be_exactly_a_code_of_the_API(string field, string code)
    {
        var park = field == "kind" ? ValidPark() with { Kind = code } : ValidPark() with { Level = code };
        AssertBroken(park.Rules(), (field, "UnknownCode"));
    }

    [Fact]
    public void Every_park_kind_and_level_of_the_API_is_accepted()
    {
        foreach (var kind in Contracts.ParkKinds.All)
        {
            foreach (var level in Contracts.CatalogueLevels.All)
            {
                Assert.Empty(Broken((ValidPark() with { Kind = kind, Level = level }).Rules()));
            }
        }
    }

    [Fact]
    public void Name_kind_and_level_are_required() =>
        AssertBroken((ValidPark() with { Name = " ", Kind = "", Level = "" }).Rules(), ("kind", "Required"), ("level", "Required"), ("name", "Required"));

    [Fact]
    public void Texts_and_lists_have_limits() =>
        AssertBroken(
            (ValidPark() with
            {
                Name = new string('园', ParkLimits.NameMaxLength + 1),
                Logistics = new string('路', ParkLimits.SupplyTextMaxLength + 1),
                Chains = [.. Enumerable.Range(0, ParkLimits.MaxChains + 1).Select(i => $"chain-{i}")],
            }).Rules(),
            ("chains", "TooMany"), ("logistics", "TooLong"), ("name", "TooLong"));

    [Fact]
    public void A_contact_needs_a_name_and_a_valid_phone_and_email() =>
        AssertBroken(
            (ValidPark() with { Contacts = [new Contact("", "招商", "call me", "not-an-email")] }).Rules(),
            ("contacts[0].email", "EmailInvalid"), ("contacts[0].name", "Required"), ("contacts[0].phone", "PhoneInvalid"));

    [Theory]
    [InlineData("0874-3123456")]
    [InlineData("+86 138 0000 0000")]
    [InlineData("(0871) 6512 3456 转 8001")]
    public void Usual_phone_numbers_are_accepted(string phone) =>
        Assert.Empty(Broken((ValidPark() with { Contacts = [new Contact("招商局", null, phone, null)] }).Rules()));
}
