namespace Portal.BuildingBlocks.MultiTenancy;

/// <summary>
/// Keeps the tenant in an <see cref="AsyncLocal{T}"/> so that it flows with the request's
/// async calls and never leaks into another request handled by the same thread.
/// </summary>
public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantScope?> Scope = new();

    public Guid? Id => Scope.Value?.TenantId;

    public string? Slug => Scope.Value?.Slug;

    public IDisposable Change(Guid? tenantId, string? slug = null)
    {
        var previous = Scope.Value;
        Scope.Value = new TenantScope(tenantId, slug);
        return new Restore(previous);
    }

    private sealed record TenantScope(Guid? TenantId, string? Slug);

    private sealed class Restore(TenantScope? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Scope.Value = previous;
        }
    }
}
