using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain.Rules;

namespace Portal.Catalogue.Domain;

/// <summary>An investment project (招商项目) of a prefecture's key-projects list, seeking an investor.</summary>
internal sealed class InvestmentProject : CatalogueItem<ProjectContent>
{
    private InvestmentProject()
    {
    }

    public string Name { get; private set; } = "";

    public string Chain { get; private set; } = "";

    public Guid? ParkId { get; private set; }

    public decimal InvestmentWan { get; private set; }

    public string CooperationMode { get; private set; } = "";

    public string? Description { get; private set; }

    public Contact? Contact { get; private set; }

    public override string Kind => CatalogueItemKinds.Project;

    public override ProjectContent Content => new(Name, Chain, ParkId, InvestmentWan, CooperationMode, Description, Contact);

    public static InvestmentProject Create(ProjectContent content, DateTimeOffset now)
    {
        var project = new InvestmentProject();
        project.Start(content, now);
        return project;
    }

    protected override IEnumerable<IBusinessRule> RulesOf(ProjectContent content) => content.Rules();

    protected override void Apply(ProjectContent content)
    {
        Name = content.Name;
        Chain = content.Chain;
        ParkId = content.ParkId;
        InvestmentWan = content.InvestmentWan;
        CooperationMode = content.CooperationMode;
        Description = content.Description;
        Contact = content.Contact;
    }
}
