namespace Portal.Catalogue.Domain.Rules;

/// <summary>An issuer never gives two documents one number (文号): a second policy with it is a duplicate.</summary>
internal sealed class DocumentNumberMustBeUniquePerIssuer(string issuer, string? documentNumber, bool takenByAnotherPolicy) : IBusinessRule
{
    public bool IsBroken() => documentNumber is not null && takenByAnotherPolicy;

    public RuleViolation Violation => new(
        "documentNumber", "DocumentNumberTaken", "policy.document-number-taken", issuer, documentNumber ?? "");
}
