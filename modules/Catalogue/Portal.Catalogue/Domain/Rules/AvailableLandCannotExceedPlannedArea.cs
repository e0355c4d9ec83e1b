namespace Portal.Catalogue.Domain.Rules;

/// <summary>Land still available is part of the park's planned area, so it can never be larger.</summary>
internal sealed class AvailableLandCannotExceedPlannedArea(decimal? plannedAreaMu, decimal? availableLandMu) : IBusinessRule
{
    public bool IsBroken() => plannedAreaMu is { } planned && availableLandMu is { } available && available > planned;

    public RuleViolation Violation => new(
        "availableLandMu", "AvailableAbovePlanned", "park.available-above-planned", availableLandMu ?? 0, plannedAreaMu ?? 0);
}
