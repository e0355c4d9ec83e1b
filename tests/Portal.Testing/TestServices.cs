namespace Portal.Testing;

/// <summary>
/// The real services integration tests run against, named by environment variables that
/// <c>tests/run.sh</c> sets. Run outside that script, tests needing a missing service skip with a
/// reason; with <c>PORTAL_REQUIRE_SERVICES=1</c> (CI) a missing service fails them instead.
/// </summary>
public static class TestServices
{
    /// <summary>Connection string of a role allowed to create databases, e.g. <c>Host=127.0.0.1;Username=portal_test;Password=…</c>.</summary>
    public static string? Postgres => Value("PORTAL_TEST_POSTGRES");

    /// <summary>StackExchange.Redis configuration, e.g. <c>127.0.0.1:6379</c>.</summary>
    public static string? Redis => Value("PORTAL_TEST_REDIS");

    /// <summary>Path of the Chromium executable for Playwright.</summary>
    public static string? Chromium => Value("PORTAL_TEST_CHROMIUM") ?? (File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null);

    public static bool Required => Value("PORTAL_REQUIRE_SERVICES") == "1";

    /// <summary>The skip reason for a test needing these services, or null when it must run.</summary>
    public static string? SkipUnless(params Service[] needed)
    {
        var missing = needed.Where(service => service switch
        {
            Service.Postgres => Postgres is null,
            Service.Redis => Redis is null,
            Service.Chromium => Chromium is null,
            _ => true,
        }).ToList();

        // In CI a missing service is a failure, never a silent skip: the test runs and fails loudly.
        return missing.Count == 0 || Required
            ? null
            : $"Needs {string.Join(", ", missing)}: run tests/run.sh, or set PORTAL_TEST_POSTGRES / PORTAL_TEST_REDIS / PORTAL_TEST_CHROMIUM.";
    }

    public static string RequirePostgres() =>
        Postgres ?? throw new InvalidOperationException("PORTAL_TEST_POSTGRES is not set; tests/run.sh sets it.");

    public static string RequireRedis() =>
        Redis ?? throw new InvalidOperationException("PORTAL_TEST_REDIS is not set; tests/run.sh sets it.");

    private static string? Value(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}

public enum Service
{
    Postgres,
    Redis,
    Chromium,
}
