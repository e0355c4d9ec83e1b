using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Configuration;

/// <summary>The portal with no server at all: SQLite files under Portal:DataPath, in-process cache.</summary>
public sealed class EmbeddedDefaultsTests
{
    [Fact]
    public async Task With_demo_data_the_sixteen_prefectures_of_yunnan_are_there_and_the_files_live_under_the_data_path()
    {
        await using var app = new PortalApp(new PortalAppSettings { UsePostgres = false, DemoData = true });
        using var client = app.CreateClient();

        var prefectures = await client.GetFromJsonAsync<JsonElement>("/api/prefectures");

        Assert.Equal(16, prefectures.GetArrayLength());
        Assert.Equal("530100", prefectures[0].GetProperty("code").GetString());
        Assert.Contains(prefectures.EnumerateArray(), p => p.GetProperty("name").GetString() == "西双版纳傣族自治州");
        Assert.True(File.Exists(Path.Combine(app.DataPath, "tenancy.db")));
        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_demo_data_the_portal_starts_with_no_prefecture()
    {
        await using var app = new PortalApp(new PortalAppSettings { UsePostgres = false, DemoData = false });
        using var client = app.CreateClient();

        var prefectures = await client.GetFromJsonAsync<JsonElement>("/api/prefectures");

        Assert.Equal(0, prefectures.GetArrayLength());
    }

    [Fact]
    public async Task Starting_twice_on_the_same_data_path_keeps_the_data_and_seeds_nothing_twice()
    {
        using var data = new TempDirectory();
        for (var start = 0; start < 2; start++)
        {
            await using var app = new PortalApp(new PortalAppSettings { UsePostgres = false, DemoData = true, DataPath = data.Path });
            using var client = app.CreateClient();
            Assert.Equal(16, (await client.GetFromJsonAsync<JsonElement>("/api/prefectures")).GetArrayLength());
        }
    }

    [Fact]
    public async Task The_migrate_command_creates_the_databases_and_exits()
    {
        using var data = new TempDirectory();
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Portal.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { hostDll, "migrate", $"--Portal:DataPath={data.Path}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await output + await errors);
        Assert.True(File.Exists(Path.Combine(data.Path, "tenancy.db")));
        Assert.True(File.Exists(Path.Combine(data.Path, "identity.db")));
    }
}
