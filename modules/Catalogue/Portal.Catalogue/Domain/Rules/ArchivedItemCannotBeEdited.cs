namespace Portal.Catalogue.Domain.Rules;

/// <summary>An archive is a record of what was: bring the item back to draft (unpublish) before changing it.</summary>
internal sealed class ArchivedItemCannotBeEdited(PublicationStatus status) : IBusinessRule
{
    public bool IsBroken() => status == PublicationStatus.Archived;

    public RuleViolation Violation => new(null, "ArchivedNotEditable", "catalogue.archived-not-editable");
}
