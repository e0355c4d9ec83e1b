namespace Portal.BuildingBlocks.Persistence;

/// <summary>A write that would touch another tenant's row. Always a bug or an attack, never data to save.</summary>
public sealed class CrossTenantWriteException(string message) : InvalidOperationException(message);
