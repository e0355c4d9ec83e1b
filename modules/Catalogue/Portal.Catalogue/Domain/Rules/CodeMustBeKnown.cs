namespace Portal.Catalogue.Domain.Rules;

/// <summary>Codes are part of the API contract: only the listed ones exist, spelled exactly so.</summary>
internal sealed class CodeMustBeKnown(string path, string? code, IReadOnlyList<string> known) : IBusinessRule
{
    public bool IsBroken() => !string.IsNullOrEmpty(code) && !known.Contains(code, StringComparer.Ordinal);

    public RuleViolation Violation => new(path, "UnknownCode", "code.unknown", code ?? "", string.Join(", ", known));
}
