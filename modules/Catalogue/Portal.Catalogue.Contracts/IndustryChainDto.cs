namespace Portal.Catalogue.Contracts;

/// <summary>One industry chain (产业链) of the shared taxonomy.</summary>
public sealed record IndustryChainDto(string Code, string NameZh, string NameEn, int SortOrder);
