namespace Portal.Catalogue.Contracts;

/// <summary>Who an enterprise should call: a person or an office, with a role (招商科, 管委会办公室 …).</summary>
public sealed record ContactDto(string Name, string? Role, string? Phone, string? Email);
