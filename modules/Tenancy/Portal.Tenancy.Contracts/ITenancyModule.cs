namespace Portal.Tenancy.Contracts;

/// <summary>What other modules and the UI may ask the Tenancy module.</summary>
public interface ITenancyModule
{
    /// <summary>Active prefectures ordered by administrative code.</summary>
    Task<IReadOnlyList<PrefectureDto>> ListActivePrefecturesAsync(CancellationToken cancellationToken = default);

    /// <summary>An active prefecture by slug, or null when unknown or disabled.</summary>
    Task<PrefectureDto?> FindActivePrefectureAsync(string slug, CancellationToken cancellationToken = default);
}
