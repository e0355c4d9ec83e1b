namespace Portal.Catalogue.Contracts;

/// <summary>The prefecture a published item belongs to, enough to link to it.</summary>
public sealed record PrefectureRefDto(string Slug, string Code, string Name, string NameEn);
