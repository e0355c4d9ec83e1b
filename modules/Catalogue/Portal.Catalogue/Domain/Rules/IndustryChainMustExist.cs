namespace Portal.Catalogue.Domain.Rules;

/// <summary>Items are found by chain, so a chain code must be one of the host's taxonomy.</summary>
internal sealed class IndustryChainMustExist(string path, string code, IReadOnlySet<string> knownCodes) : IBusinessRule
{
    public bool IsBroken() => !knownCodes.Contains(code);

    public RuleViolation Violation => new(path, "UnknownChain", "chain.unknown", code);
}
