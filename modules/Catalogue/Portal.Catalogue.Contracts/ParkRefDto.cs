namespace Portal.Catalogue.Contracts;

/// <summary>A published park named by a policy or a project, enough to link to it.</summary>
public sealed record ParkRefDto(Guid Id, string Name);
