namespace Portal.Catalogue.Features.Projects;

/// <summary>A project in the admin list.</summary>
internal sealed record ProjectSummary(
    Guid Id,
    string Name,
    string Chain,
    Guid? Park,
    decimal InvestmentWan,
    string CooperationMode,
    string Status,
    bool HasUnpublishedChanges,
    int Version,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt);
