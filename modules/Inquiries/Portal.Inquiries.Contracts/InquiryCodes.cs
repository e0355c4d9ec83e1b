namespace Portal.Inquiries.Contracts;

/// <summary>The pipeline's stages, in order (API.md). <c>closed</c> ends an inquiry or a case with a reason.</summary>
public static class InquiryStages
{
    public const string Received = "received";
    public const string Triaged = "triaged";
    public const string Routed = "routed";
    public const string Contacted = "contacted";
    public const string Visited = "visited";
#pragma warning disable CA1720 // "signed" is the stage's name in the API, not a type name
    public const string Signed = "signed";
#pragma warning restore CA1720
    public const string Landed = "landed";
    public const string Closed = "closed";

    /// <summary>Every stage in pipeline order, <c>closed</c> last.</summary>
    public static IReadOnlyList<string> All { get; } = [Received, Triaged, Routed, Contacted, Visited, Signed, Landed, Closed];

    /// <summary>The stages a prefecture's case moves through (a case starts at <c>routed</c>).</summary>
    public static IReadOnlyList<string> CaseStages { get; } = [Routed, Contacted, Visited, Signed, Landed, Closed];

    public static bool IsKnown(string? stage) => stage is not null && All.Contains(stage, StringComparer.Ordinal);
}

/// <summary>The sector of a signed project, as the statistics split funds.</summary>
public static class Sectors
{
    public const string Primary = "primary";
    public const string Secondary = "secondary";
    public const string Tertiary = "tertiary";

    public static IReadOnlyList<string> All { get; } = [Primary, Secondary, Tertiary];

    public static bool IsKnown(string? sector) => sector is not null && All.Contains(sector, StringComparer.Ordinal);
}

/// <summary>Where an inquiry came from: the public form, or recorded by staff.</summary>
public static class InquirySources
{
    public const string WebForm = "web";
    public const string Roadshow = "roadshow";
    public const string DelegationVisit = "delegation-visit";
    public const string Phone = "phone";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [WebForm, Roadshow, DelegationVisit, Phone, Other];

    /// <summary>The sources staff may pick when recording an inquiry.</summary>
    public static IReadOnlyList<string> Recorded { get; } = [Roadshow, DelegationVisit, Phone, Other];

    public static bool IsKnown(string? source) => source is not null && All.Contains(source, StringComparer.Ordinal);
}

/// <summary>Why an inquiry or a case was closed (the <c>reason</c> of a <c>closed</c> stage change).</summary>
public static class CloseReasons
{
    public const string NoLongerInterested = "not-interested";
    public const string ChoseAnotherLocation = "chose-elsewhere";
    public const string NotEligible = "not-eligible";
    public const string Unreachable = "unreachable";
    public const string Duplicate = "duplicate";
    public const string Other = "other";

    /// <summary>Set by the system on a case the bureau withdrew when re-routing; not for callers to pick.</summary>
    public const string Rerouted = "rerouted";

    /// <summary>The reasons a caller may give.</summary>
    public static IReadOnlyList<string> All { get; } =
        [NoLongerInterested, ChoseAnotherLocation, NotEligible, Unreachable, Duplicate, Other];

    public static bool IsKnown(string? reason) => reason is not null && All.Contains(reason, StringComparer.Ordinal);
}

/// <summary>
/// The steps with a reply deadline (configuration <c>Inquiries:Deadlines</c>, in working days):
/// acknowledge the enterprise, route to prefectures (bureau), first contact by the prefecture, and
/// feedback to the bureau after contact.
/// </summary>
public static class DeadlineSteps
{
    public const string Acknowledge = "acknowledge";
    public const string Route = "route";
    public const string FirstContact = "first-contact";
    public const string Feedback = "feedback";

    public static IReadOnlyList<string> All { get; } = [Acknowledge, Route, FirstContact, Feedback];
}

/// <summary>What a timeline entry records.</summary>
public static class TimelineKinds
{
    public const string Received = "received";
    public const string Recorded = "recorded";
    public const string Acknowledged = "acknowledged";
    public const string OwnerAssigned = "owner-assigned";
    public const string Routed = "routed";
    public const string Rerouted = "rerouted";
    public const string StageChanged = "stage-changed";
    public const string FundsReceived = "funds-received";
    public const string Note = "note";
    public const string Reply = "reply";
    public const string WaitingStarted = "waiting-started";
    public const string WaitingEnded = "waiting-ended";
    public const string Escalated = "escalated";
    public const string DuplicateFlagged = "duplicate-flagged";
    public const string Merged = "merged";
    public const string Reopened = "reopened";
}

/// <summary>What the enterprise can expect next, shown on the tracking page (localized by the page).</summary>
public static class TrackingNextSteps
{
    /// <summary>The bureau reviews the inquiry and picks the prefectures.</summary>
    public const string AwaitingReview = "awaiting-review";

    /// <summary>A prefecture's investment promotion office will get in touch.</summary>
    public const string AwaitingContact = "awaiting-contact";

    /// <summary>Talks and site visits are under way.</summary>
    public const string InDiscussion = "in-discussion";

    /// <summary>An agreement was signed; the project is being set up.</summary>
    public const string Implementation = "implementation";

    /// <summary>The project has landed.</summary>
    public const string Landed = "landed";

    /// <summary>The inquiry is closed.</summary>
    public const string None = "none";
}
