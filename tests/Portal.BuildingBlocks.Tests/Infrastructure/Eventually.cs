namespace Portal.BuildingBlocks.Tests.Infrastructure;

/// <summary>Waits for something another thread does, polling, and fails with a message after a timeout.</summary>
internal static class Eventually
{
    public static Task WaitUntilAsync(Func<bool> condition, string what, Action? betweenPolls = null, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => Task.FromResult(condition()), what, betweenPolls, timeout);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, Action? betweenPolls = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            betweenPolls?.Invoke();
            await Task.Delay(10);
        }
    }
}
