using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Features.Projects;

/// <summary>
/// Body of <c>POST /api/admin/projects</c> and <c>PUT /api/admin/projects/{id}</c> (which also needs
/// <see cref="Version"/>). <see cref="Park"/> is optional: a park of the same prefecture.
/// </summary>
internal sealed record ProjectRequest(
    string? Name,
    string? Chain,
    Guid? Park,
    decimal? InvestmentWan,
    string? CooperationMode,
    string? Description,
    ContactBody? Contact,
    int? Version)
{
    public ProjectContent ToContent(RichTextSanitizer sanitizer) => new(
        TextInput.Required(Name),
        TextInput.Required(Chain),
        Park,
        TextInput.Round(InvestmentWan, ProjectLimits.InvestmentScale) ?? 0,
        TextInput.Required(CooperationMode),
        sanitizer.Sanitize(Description),
        Contact?.ToContact());
}
