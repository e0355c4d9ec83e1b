using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Domain.Rules;

namespace Portal.Catalogue.Domain;

/// <summary>
/// What parks, policies and projects share: they belong to one prefecture and are published like
/// pages of a CMS. The columns hold the working copy; <see cref="PublishedSnapshot"/> holds, as JSON,
/// the version the public sees, so that editing a published item changes nothing public until the
/// next <see cref="Publish"/> (see docs/adr/0005-catalogue-publishing.md).
/// </summary>
internal abstract class CatalogueItem<TContent> : IMultiTenant
    where TContent : class
{
    public Guid Id { get; private set; }

    /// <summary>Stamped with the current prefecture on insert; the <c>Tenant</c> filter confines every read to it.</summary>
    public Guid? TenantId { get; private set; }

    public PublicationStatus Status { get; private set; }

    /// <summary>Optimistic concurrency: goes up by one with every change; a save based on an older version is refused.</summary>
    public int Version { get; private set; }

    /// <summary>Published, and the working copy differs from what the public sees.</summary>
    public bool HasUnpublishedChanges { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the public version was last replaced; null while not published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The public version as JSON; null unless <see cref="PublicationStatus.Published"/>.</summary>
    public string? PublishedSnapshot { get; private set; }

    /// <summary>One of <see cref="Contracts.CatalogueItemKinds"/>.</summary>
    public abstract string Kind { get; }

    /// <summary>The working copy, as the prefecture last saved it.</summary>
    public abstract TContent Content { get; }

    /// <summary>What the public sees, or null when it sees nothing.</summary>
    public TContent? PublishedContent => PublishedSnapshot is null ? null : ContentJson.Read<TContent>(PublishedSnapshot);

    /// <summary>Replaces the working copy; a published item keeps its public version until published again.</summary>
    /// <returns>False when the content is the same as before (nothing to save, no event).</returns>
    public bool Edit(TContent content, DateTimeOffset now)
    {
        BusinessRules.Enforce(new ArchivedItemCannotBeEdited(Status));
        BusinessRules.Enforce(RulesOf(content));
        var json = ContentJson.Write(content);
        if (json == ContentJson.Write(Content))
        {
            return false;
        }

        Apply(content);
        HasUnpublishedChanges = Status == PublicationStatus.Published && json != PublishedSnapshot;
        Touch(now);
        return true;
    }

    /// <summary>Makes the working copy the public version. Allowed from any state: publishing is the admin's deliberate act.</summary>
    /// <returns>False when the public already sees exactly this version.</returns>
    public bool Publish(DateTimeOffset now)
    {
        if (Status == PublicationStatus.Published && !HasUnpublishedChanges)
        {
            return false;
        }

        PublishedSnapshot = ContentJson.Write(Content);
        PublishedAt = Stamp(now);
        Status = PublicationStatus.Published;
        HasUnpublishedChanges = false;
        Touch(now);
        return true;
    }

    /// <summary>Takes the item back to draft (from published or archived): the public no longer sees it, the working copy stays.</summary>
    public bool Unpublish(DateTimeOffset now) => MoveTo(PublicationStatus.Draft, now);

    /// <summary>Keeps the item for the record only: the public no longer sees it and it can no longer be edited.</summary>
    public bool Archive(DateTimeOffset now) => MoveTo(PublicationStatus.Archived, now);

    public void EnsureCanBeDeleted() => BusinessRules.Enforce(new PublishedItemCannotBeDeleted(Status));

    /// <summary>Starts a new item as a draft.</summary>
    protected void Start(TContent content, DateTimeOffset now)
    {
        BusinessRules.Enforce(RulesOf(content));
        Id = Guid.CreateVersion7();
        Status = PublicationStatus.Draft;
        Version = 1;
        CreatedAt = Stamp(now);
        UpdatedAt = Stamp(now);
        Apply(content);
    }

    protected abstract IEnumerable<IBusinessRule> RulesOf(TContent content);

    /// <summary>Copies the content into the columns of the working copy.</summary>
    protected abstract void Apply(TContent content);

    private bool MoveTo(PublicationStatus status, DateTimeOffset now)
    {
        if (Status == status)
        {
            return false;
        }

        Status = status;
        PublishedSnapshot = null;
        PublishedAt = null;
        HasUnpublishedChanges = false;
        Touch(now);
        return true;
    }

    /// <summary>
    /// PostgreSQL keeps microseconds: stamping at that precision makes the answer to a save equal to
    /// what every later read returns.
    /// </summary>
    private static DateTimeOffset Stamp(DateTimeOffset now) => now.AddTicks(-(now.Ticks % 10));

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = Stamp(now);
        Version++;
    }
}
