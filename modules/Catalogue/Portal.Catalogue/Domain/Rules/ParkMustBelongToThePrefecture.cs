namespace Portal.Catalogue.Domain.Rules;

/// <summary>
/// A prefecture's policy or project can name only its own parks. Another prefecture's park looks
/// exactly like an unknown one, so that the message reveals nothing about it.
/// </summary>
internal sealed class ParkMustBelongToThePrefecture(string path, Guid parkId, IReadOnlySet<Guid> parksOfThePrefecture) : IBusinessRule
{
    public bool IsBroken() => !parksOfThePrefecture.Contains(parkId);

    public RuleViolation Violation => new(path, "UnknownPark", "park.unknown", parkId);
}
