namespace Portal.Tenancy.Contracts;

/// <summary>
/// Lets the module that owns published items (the catalogue) report how many each prefecture has,
/// for <c>GET /api/prefectures</c>, without the Tenancy module knowing about parks or policies.
/// </summary>
public interface IPublishedItemCounter
{
    Task<IReadOnlyDictionary<Guid, PublishedItemCounts>> CountByTenantAsync(CancellationToken cancellationToken);
}

public sealed record PublishedItemCounts(int Parks, int Policies, int Projects)
{
    public static PublishedItemCounts None { get; } = new(0, 0, 0);

    public PublishedItemCounts Add(PublishedItemCounts other) =>
        new(Parks + other.Parks, Policies + other.Policies, Projects + other.Projects);
}
