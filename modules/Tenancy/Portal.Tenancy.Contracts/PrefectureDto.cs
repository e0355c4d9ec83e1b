namespace Portal.Tenancy.Contracts;

/// <summary>A prefecture (州/市) as other modules and the UI see it.</summary>
public sealed record PrefectureDto(Guid Id, string Slug, string Code, string Name, string NameEn, bool IsActive);
