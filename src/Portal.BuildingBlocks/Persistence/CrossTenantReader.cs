using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Portal.BuildingBlocks.Persistence;

/// <summary>
/// The one place where a query may read across prefectures, for bureau (host) features such as the
/// provincial inbox and statistics. Every use names its reason and is logged, and an architecture
/// test fails if <c>IgnoreQueryFilters</c> appears anywhere else.
/// </summary>
public sealed class CrossTenantReader(ILogger<CrossTenantReader> logger)
{
    public IQueryable<T> AcrossTenants<T>(IQueryable<T> query, string reason)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        logger.LogInformation("Cross-tenant read of {Entity}: {Reason}", typeof(T).Name, reason);
        return query.IgnoreQueryFilters([TenantFilter.Name]);
    }
}
