using Microsoft.EntityFrameworkCore;
using Portal.Tenancy;

namespace Portal.ArchitectureTests.Violations;

// Code that breaks the rules on purpose, so RulesCatchViolationsTests can show that each rule fails
// when broken. It lives in the test assembly only and never runs.

/// <summary>Reaches into the Tenancy module's implementation instead of its Contracts.</summary>
public sealed class UsesTenancyImplementation
{
    public string Name { get; } = new TenancyModule().Name;
}

/// <summary>Reads every tenant's rows without going through CrossTenantReader.</summary>
internal static class BypassesTheTenantFilter
{
    public static IQueryable<T> ReadEverything<T>(IQueryable<T> query)
        where T : class => query.IgnoreQueryFilters();
}
