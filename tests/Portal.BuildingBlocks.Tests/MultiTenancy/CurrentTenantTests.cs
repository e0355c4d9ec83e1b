using Portal.BuildingBlocks.MultiTenancy;

namespace Portal.BuildingBlocks.Tests.MultiTenancy;

public sealed class CurrentTenantTests
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();

    private readonly CurrentTenant _tenant = new();

    [Fact]
    public void Starts_as_the_host()
    {
        ICurrentTenant tenant = _tenant;
        Assert.Null(tenant.Id);
        Assert.True(tenant.IsHost);
    }

    [Fact]
    public void Nested_scopes_restore_the_previous_tenant_when_disposed_in_reverse_order()
    {
        var outer = _tenant.Change(TenantA, "qujing");
        Assert.Equal(TenantA, _tenant.Id);
        Assert.Equal("qujing", _tenant.Slug);

        var inner = _tenant.Change(TenantB, "dali");
        Assert.Equal(TenantB, _tenant.Id);
        Assert.Equal("dali", _tenant.Slug);

        var host = _tenant.Change(null);
        Assert.Null(_tenant.Id);
        Assert.Null(_tenant.Slug);

        host.Dispose();
        Assert.Equal(TenantB, _tenant.Id);
        inner.Dispose();
        Assert.Equal(TenantA, _tenant.Id);
        Assert.Equal("qujing", _tenant.Slug);
        outer.Dispose();
        Assert.Null(_tenant.Id);
    }

    [Fact]
    public void Disposing_a_scope_twice_does_not_undo_a_later_change()
    {
        var first = _tenant.Change(TenantA);
        first.Dispose();
        using (_tenant.Change(TenantB))
        {
            first.Dispose();
            Assert.Equal(TenantB, _tenant.Id);
        }

        Assert.Null(_tenant.Id);
    }

    [Fact]
    public void Every_instance_sees_the_same_ambient_tenant()
    {
        // The host registers it as a singleton, but a second instance must not be a second truth.
        var other = new CurrentTenant();
        using (_tenant.Change(TenantA))
        {
            Assert.Equal(TenantA, other.Id);
        }
    }

    [Fact]
    public async Task The_tenant_flows_across_awaits()
    {
        using (_tenant.Change(TenantA))
        {
            await Task.Yield();
            Assert.Equal(TenantA, _tenant.Id);
            await Task.Delay(1);
            Assert.Equal(TenantA, _tenant.Id);
            Assert.Equal(TenantA, await Task.Run(() => _tenant.Id));
        }

        Assert.Null(_tenant.Id);
    }

    [Fact]
    public async Task A_change_inside_an_awaited_method_does_not_leak_back_to_the_caller()
    {
        using (_tenant.Change(TenantA))
        {
            // Forgets to dispose its scope: the caller's tenant must still be intact afterwards.
            await ChangeWithoutRestoringAsync(TenantB);
            Assert.Equal(TenantA, _tenant.Id);
        }
    }

    [Fact]
    public async Task Parallel_tasks_each_keep_their_own_tenant()
    {
        // Each task changes the tenant, then waits until the other has changed it too, so the
        // two scopes overlap in time before either reads.
        var aChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seenByA = Task.Run(() => RunAsAsync(TenantA, aChanged, bChanged.Task));
        var seenByB = Task.Run(() => RunAsAsync(TenantB, bChanged, aChanged.Task));

        Assert.Equal(TenantA, await seenByA);
        Assert.Equal(TenantB, await seenByB);
        Assert.Null(_tenant.Id);
    }

    [Fact]
    public async Task A_task_started_before_the_change_does_not_see_it()
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observer = Task.Run(async () =>
        {
            await changed.Task;
            return _tenant.Id;
        });

        using (_tenant.Change(TenantA))
        {
            changed.SetResult();
            Assert.Null(await observer);
        }
    }

    private async Task ChangeWithoutRestoringAsync(Guid tenantId)
    {
        _tenant.Change(tenantId);
        await Task.Yield();
        Assert.Equal(tenantId, _tenant.Id);
    }

    private async Task<Guid?> RunAsAsync(Guid tenantId, TaskCompletionSource changed, Task otherChanged)
    {
        using (_tenant.Change(tenantId))
        {
            changed.SetResult();
            await otherChanged;
            return _tenant.Id;
        }
    }
}
