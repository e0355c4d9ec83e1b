namespace Portal.Catalogue.Domain.Rules;

/// <summary>The public may be reading it right now: unpublish or archive it first, as a deliberate step.</summary>
internal sealed class PublishedItemCannotBeDeleted(PublicationStatus status) : IBusinessRule
{
    public bool IsBroken() => status == PublicationStatus.Published;

    public RuleViolation Violation => new(null, "PublishedNotDeletable", "catalogue.published-not-deletable");
}
