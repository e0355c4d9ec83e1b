using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain.Rules;

namespace Portal.Catalogue.Domain;

/// <summary>Everything a prefecture writes about an investment project (招商项目). <see cref="Description"/> is sanitized HTML.</summary>
internal sealed record ProjectContent(
    string Name,
    string Chain,
    Guid? ParkId,
    decimal InvestmentWan,
    string CooperationMode,
    string? Description,
    Contact? Contact)
{
    public IEnumerable<IBusinessRule> Rules()
    {
        yield return new TextIsRequired("name", Name);
        yield return new TextCannotExceedItsLimit("name", Name, ProjectLimits.NameMaxLength);
        yield return new TextIsRequired("chain", Chain);
        yield return new InvestmentMustBePositive(InvestmentWan);
        yield return new AmountCannotExceedItsLimit("investmentWan", InvestmentWan, ProjectLimits.MaxInvestmentWan);
        yield return new TextIsRequired("cooperationMode", CooperationMode);
        yield return new CodeMustBeKnown("cooperationMode", CooperationMode, CooperationModes.All);
        yield return new TextCannotExceedItsLimit("description", Description, ProjectLimits.DescriptionMaxLength);
        if (Contact is not null)
        {
            foreach (var rule in Contact.Rules("contact"))
            {
                yield return rule;
            }
        }
    }
}
