namespace Portal.Ui.Pages.Admin.Inquiries;

/// <summary>
/// What the small case forms (close, waiting) need: the inquiry, the case's prefecture when a host names it
/// (null for a prefecture's own case or the inquiry itself), and the page for errors and labels.
/// </summary>
public sealed record CaseFormView(Guid InquiryId, string? Prefecture, DetailsModel Page)
{
    public bool Waiting { get; init; }

    /// <summary>Makes ids unique when several cases are on one page.</summary>
    public string Key { get; init; } = "inquiry";
}
