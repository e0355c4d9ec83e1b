namespace Portal.Catalogue.Domain.Rules;

/// <summary>
/// A sentence about the catalogue that must hold, named as that sentence. When it is broken,
/// <see cref="Violation"/> says which field (as the client named it) and why.
/// </summary>
internal interface IBusinessRule
{
    bool IsBroken();

    RuleViolation Violation { get; }
}
