using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Tests.Infrastructure;

namespace Portal.BuildingBlocks.Tests.Outbox;

public sealed class OutboxOptionsTests
{
    [Fact]
    public void Defaults_match_the_documented_ones()
    {
        var options = Resolve([]);

        Assert.Equal(50, options.BatchSize);
        Assert.Equal(8, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), options.PollInterval);
        Assert.Equal(TimeSpan.FromSeconds(60), options.LeaseDuration);
        Assert.Equal(TimeSpan.FromSeconds(2), options.BaseBackoff);
        Assert.Equal(TimeSpan.FromMinutes(10), options.MaxBackoff);
    }

    [Fact]
    public void Settings_are_read_from_the_portal_outbox_section()
    {
        var options = Resolve(new Dictionary<string, string?>
        {
            ["Portal:Outbox:BatchSize"] = "7",
            ["Portal:Outbox:MaxAttempts"] = "3",
            ["Portal:Outbox:PollInterval"] = "00:00:05",
            ["Portal:Outbox:LeaseDuration"] = "00:02:00",
            ["Portal:Outbox:BaseBackoff"] = "00:00:10",
            ["Portal:Outbox:MaxBackoff"] = "01:00:00",
        });

        Assert.Equal(7, options.BatchSize);
        Assert.Equal(3, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(5), options.PollInterval);
        Assert.Equal(TimeSpan.FromMinutes(2), options.LeaseDuration);
        Assert.Equal(TimeSpan.FromSeconds(10), options.BaseBackoff);
        Assert.Equal(TimeSpan.FromHours(1), options.MaxBackoff);
    }

    [Fact]
    public void Invalid_settings_are_rejected()
    {
        var exception = Assert.Throws<OptionsValidationException>(() =>
            Resolve(new Dictionary<string, string?> { ["Portal:Outbox:BatchSize"] = "0" }));
        Assert.Contains("Portal:Outbox", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(7, 128)]
    [InlineData(9, 512)]
    [InlineData(10, 600)]
    [InlineData(64, 600)]
    [InlineData(int.MaxValue, 600)]
    public void Backoff_doubles_from_the_base_and_is_capped(int attempts, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), new OutboxOptions().BackoffAfter(attempts));

    [Fact]
    public void One_dispatcher_runs_per_context_however_often_it_is_registered()
    {
        var services = new ServiceCollection();
        services.AddOutboxDispatcher<TestDbContext>();
        services.AddOutboxDispatcher<TestDbContext>();

        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
    }

    private static OutboxOptions Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddOutboxDispatcher<TestDbContext>();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<OutboxOptions>>().Value;
    }
}
