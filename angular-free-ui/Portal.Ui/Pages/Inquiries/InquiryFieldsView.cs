using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages.Inquiries;

/// <summary>A park the form started from (<c>/inquire?park=…</c>), offered as a preference.</summary>
public sealed record PreferredPark(Guid Id, string Name, string PrefectureSlug);

/// <summary>
/// What <c>_InquiryFields.cshtml</c> needs: the posted values, the choices, the errors, and whether staff are
/// recording it (then the credit code and email are optional and nothing is said about the privacy notice).
/// </summary>
public sealed record InquiryFieldsView(
    InquiryForm Form,
    IReadOnlyList<IndustryChainDto> Chains,
    IReadOnlyList<PrefectureDto> Prefectures,
    IReadOnlyList<PreferredPark> Parks,
    InquiryErrors Errors,
    bool Recorded);
