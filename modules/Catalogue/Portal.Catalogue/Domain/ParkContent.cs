using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain.Rules;

namespace Portal.Catalogue.Domain;

/// <summary>
/// Everything a prefecture writes about a park: the working copy, and (as JSON) the version the public
/// sees. Rich text (<see cref="Description"/>) is already sanitized when it gets here.
/// </summary>
internal sealed record ParkContent(
    string Name,
    string Kind,
    string Level,
    string? County,
    string? Address,
    decimal? Latitude,
    decimal? Longitude,
    decimal? PlannedAreaMu,
    decimal? AvailableLandMu,
    decimal? LandPriceWanPerMu,
    decimal? PowerPriceYuanPerKwh,
    string? WaterSupply,
    string? GasSupply,
    string? Logistics,
    string[] Chains,
    string[] NotableEnterprises,
    string? Description,
    Contact[] Contacts)
{
    /// <summary>The rules a park's content obeys on its own; those needing the database (chain codes) are checked beside them.</summary>
    public IEnumerable<IBusinessRule> Rules()
    {
        yield return new TextIsRequired("name", Name);
        yield return new TextCannotExceedItsLimit("name", Name, ParkLimits.NameMaxLength);
        yield return new TextIsRequired("kind", Kind);
        yield return new CodeMustBeKnown("kind", Kind, ParkKinds.All);
        yield return new TextIsRequired("level", Level);
        yield return new CodeMustBeKnown("level", Level, CatalogueLevels.All);
        yield return new TextCannotExceedItsLimit("county", County, ParkLimits.CountyMaxLength);
        yield return new TextCannotExceedItsLimit("address", Address, ParkLimits.AddressMaxLength);
        yield return new LatitudeAndLongitudeGoTogether(Latitude, Longitude);
        foreach (var rule in LocationMustLieInYunnan.For(Latitude, Longitude))
        {
            yield return rule;
        }

        yield return new AmountCannotBeNegative("plannedAreaMu", PlannedAreaMu);
        yield return new AmountCannotExceedItsLimit("plannedAreaMu", PlannedAreaMu, ParkLimits.MaxAreaMu);
        yield return new AmountCannotBeNegative("availableLandMu", AvailableLandMu);
        yield return new AmountCannotExceedItsLimit("availableLandMu", AvailableLandMu, ParkLimits.MaxAreaMu);
        yield return new AvailableLandCannotExceedPlannedArea(PlannedAreaMu, AvailableLandMu);
        yield return new AmountCannotBeNegative("landPriceWanPerMu", LandPriceWanPerMu);
        yield return new AmountCannotExceedItsLimit("landPriceWanPerMu", LandPriceWanPerMu, ParkLimits.MaxLandPriceWanPerMu);
        yield return new AmountCannotBeNegative("powerPriceYuanPerKwh", PowerPriceYuanPerKwh);
        yield return new AmountCannotExceedItsLimit("powerPriceYuanPerKwh", PowerPriceYuanPerKwh, ParkLimits.MaxPowerPriceYuanPerKwh);
        yield return new TextCannotExceedItsLimit("waterSupply", WaterSupply, ParkLimits.SupplyTextMaxLength);
        yield return new TextCannotExceedItsLimit("gasSupply", GasSupply, ParkLimits.SupplyTextMaxLength);
        yield return new TextCannotExceedItsLimit("logistics", Logistics, ParkLimits.SupplyTextMaxLength);
        yield return new ListCannotExceedItsLimit("chains", Chains.Length, ParkLimits.MaxChains);
        yield return new ListCannotExceedItsLimit("notableEnterprises", NotableEnterprises.Length, ParkLimits.MaxNotableEnterprises);
        for (var i = 0; i < NotableEnterprises.Length; i++)
        {
            yield return new TextIsRequired($"notableEnterprises[{i}]", NotableEnterprises[i]);
            yield return new TextCannotExceedItsLimit($"notableEnterprises[{i}]", NotableEnterprises[i], ParkLimits.EnterpriseNameMaxLength);
        }

        yield return new TextCannotExceedItsLimit("description", Description, ParkLimits.DescriptionMaxLength);
        yield return new ListCannotExceedItsLimit("contacts", Contacts.Length, ParkLimits.MaxContacts);
        for (var i = 0; i < Contacts.Length; i++)
        {
            foreach (var rule in Contacts[i].Rules($"contacts[{i}]"))
            {
                yield return rule;
            }
        }
    }
}
