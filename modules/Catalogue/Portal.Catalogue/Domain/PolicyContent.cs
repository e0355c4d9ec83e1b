using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain.Rules;

namespace Portal.Catalogue.Domain;

/// <summary>
/// Everything a prefecture writes about an incentive policy. <see cref="Chains"/> and
/// <see cref="ParkIds"/> empty mean "every chain" and "every park"; <see cref="EffectiveTo"/> null
/// means open-ended. <see cref="Body"/> is sanitized HTML.
/// </summary>
internal sealed record PolicyContent(
    string Title,
    string Issuer,
    string? DocumentNumber,
    string Level,
    string[] Chains,
    Guid[] ParkIds,
    string[] IncentiveKinds,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string Body)
{
    /// <summary>Expired once its last day (in China) has passed; shown as such, and filtered out on request.</summary>
    public bool IsExpiredOn(DateOnly today) => EffectiveTo < today;

    public IEnumerable<IBusinessRule> Rules()
    {
        yield return new TextIsRequired("title", Title);
        yield return new TextCannotExceedItsLimit("title", Title, PolicyLimits.TitleMaxLength);
        yield return new TextIsRequired("issuer", Issuer);
        yield return new TextCannotExceedItsLimit("issuer", Issuer, PolicyLimits.IssuerMaxLength);
        yield return new TextCannotExceedItsLimit("documentNumber", DocumentNumber, PolicyLimits.DocumentNumberMaxLength);
        yield return new TextIsRequired("level", Level);
        yield return new CodeMustBeKnown("level", Level, CatalogueLevels.All);
        yield return new ListCannotExceedItsLimit("chains", Chains.Length, PolicyLimits.MaxChains);
        yield return new ListCannotExceedItsLimit("parks", ParkIds.Length, PolicyLimits.MaxParks);
        for (var i = 0; i < IncentiveKinds.Length; i++)
        {
            yield return new CodeMustBeKnown($"incentiveKinds[{i}]", IncentiveKinds[i], Contracts.IncentiveKinds.All);
        }

        yield return new PolicyMustEndAfterItStarts(EffectiveFrom, EffectiveTo);
        yield return new TextIsRequired("body", Body);
        yield return new TextCannotExceedItsLimit("body", Body, PolicyLimits.BodyMaxLength);
    }
}
