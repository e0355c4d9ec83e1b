namespace Portal.Catalogue.Domain.Rules;

/// <summary>Policies and projects that name a park would point at nothing: change them first.</summary>
internal sealed class ParkInUseCannotBeDeleted(int policies, int projects) : IBusinessRule
{
    public bool IsBroken() => policies + projects > 0;

    public RuleViolation Violation => new(null, "ParkInUse", "park.in-use", policies, projects);
}
