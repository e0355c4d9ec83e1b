namespace Portal.Inquiries.Features.Intake;

/// <summary><c>Inquiries:Intake</c>: spam defence and duplicate detection of the public form.</summary>
internal sealed class IntakeOptions
{
    public const string SectionName = "Inquiries:Intake";

    /// <summary>Submissions accepted per client address and <see cref="RateLimitWindow"/>.</summary>
    public int RateLimit { get; set; } = 5;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A form sent back faster than this after it was shown is a robot's.</summary>
    public TimeSpan MinimumFillTime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A form token older than this has expired (the page is reloaded).</summary>
    public TimeSpan FormTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>An earlier inquiry with the same credit code, mobile or email within this window is a possible duplicate.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromDays(90);
}
