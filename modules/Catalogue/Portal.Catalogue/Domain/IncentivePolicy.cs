using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain.Rules;

namespace Portal.Catalogue.Domain;

/// <summary>An incentive policy (优惠政策) a prefecture publishes: land, tax, power price, subsidies, talent, financing.</summary>
internal sealed class IncentivePolicy : CatalogueItem<PolicyContent>
{
    private IncentivePolicy()
    {
    }

    public string Title { get; private set; } = "";

    public string Issuer { get; private set; } = "";

    /// <summary>The 文号 (云政发〔2024〕12号); unique per issuer within the prefecture.</summary>
    public string? DocumentNumber { get; private set; }

    public string Level { get; private set; } = "";

    public string[] Chains { get; private set; } = [];

    public Guid[] ParkIds { get; private set; } = [];

    public string[] IncentiveKinds { get; private set; } = [];

    public DateOnly EffectiveFrom { get; private set; }

    public DateOnly? EffectiveTo { get; private set; }

    public string Body { get; private set; } = "";

    public override string Kind => CatalogueItemKinds.Policy;

    public override PolicyContent Content => new(
        Title, Issuer, DocumentNumber, Level, Chains, ParkIds, IncentiveKinds, EffectiveFrom, EffectiveTo, Body);

    public static IncentivePolicy Create(PolicyContent content, DateTimeOffset now)
    {
        var policy = new IncentivePolicy();
        policy.Start(content, now);
        return policy;
    }

    protected override IEnumerable<IBusinessRule> RulesOf(PolicyContent content) => content.Rules();

    protected override void Apply(PolicyContent content)
    {
        Title = content.Title;
        Issuer = content.Issuer;
        DocumentNumber = content.DocumentNumber;
        Level = content.Level;
        Chains = [.. content.Chains];
        ParkIds = [.. content.ParkIds];
        IncentiveKinds = [.. content.IncentiveKinds];
        EffectiveFrom = content.EffectiveFrom;
        EffectiveTo = content.EffectiveTo;
        Body = content.Body;
    }
}
