using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Features.Projects;

/// <summary>A project as its prefecture's admin API shows it: the working copy and where it stands in publishing.</summary>
internal sealed record ProjectResponse(
    Guid Id,
    string Status,
    int Version,
    bool HasUnpublishedChanges,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string Name,
    string Chain,
    Guid? Park,
    decimal InvestmentWan,
    string CooperationMode,
    string? Description,
    ContactDto? Contact)
{
    /// <summary>Its photos, in their order (filled in by the GET of one item; empty elsewhere).</summary>
    public IReadOnlyList<Media.Features.MediaResponse> Photos { get; init; } = [];

    public static ProjectResponse From(InvestmentProject project) => new(
        project.Id,
        PublicationStatusCodes.Of(project.Status),
        project.Version,
        project.HasUnpublishedChanges,
        project.CreatedAt,
        project.UpdatedAt,
        project.PublishedAt,
        project.Name,
        project.Chain,
        project.ParkId,
        project.InvestmentWan,
        project.CooperationMode,
        project.Description,
        project.Contact is { } contact ? ContactBody.ToDto(contact) : null);
}
