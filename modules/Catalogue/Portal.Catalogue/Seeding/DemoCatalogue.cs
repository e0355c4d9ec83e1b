using System.Text.Json;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features;

namespace Portal.Catalogue.Seeding;

/// <summary>
/// The demo catalogue (DemoCatalogue.json, embedded): for each of the 16 prefectures its parks,
/// policies and projects, plus province-level policies that several prefectures publish. Parks are
/// named by name in the file and resolved to ids when seeded. Figures are plausible, not official.
/// </summary>
internal sealed record DemoCatalogue(IReadOnlyList<DemoCatalogue.ProvincePolicy> ProvincePolicies, IReadOnlyList<DemoCatalogue.Prefecture> Prefectures)
{
    private const string ResourceName = "Portal.Catalogue.Seeding.DemoCatalogue.json";

    public static DemoCatalogue Load()
    {
        using var stream = typeof(DemoCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<DemoCatalogue>(stream, ContentJson.Options)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }

    /// <summary>The province-level policies a prefecture publishes (all of them when <see cref="ProvincePolicy.Prefectures"/> is null).</summary>
    public IEnumerable<Policy> ProvincePoliciesOf(string slug) => ProvincePolicies
        .Where(p => p.Prefectures is null || p.Prefectures.Contains(slug, StringComparer.Ordinal))
        .Select(p => p.Policy);

    internal sealed record Prefecture(string Slug, IReadOnlyList<Park> Parks, IReadOnlyList<Policy> Policies, IReadOnlyList<Project> Projects);

    internal sealed record Park(
        string Name, string Kind, string Level, string? County, string? Address, decimal? Latitude, decimal? Longitude,
        decimal? PlannedAreaMu, decimal? AvailableLandMu, decimal? LandPriceWanPerMu, decimal? PowerPriceYuanPerKwh,
        string? WaterSupply, string? GasSupply, string? Logistics, string[] Chains, string[] NotableEnterprises,
        string? Description, Contact[] Contacts)
    {
        public ParkContent ToContent(RichTextSanitizer sanitizer) => new(
            Name, Kind, Level, County, Address, Latitude, Longitude, PlannedAreaMu, AvailableLandMu, LandPriceWanPerMu,
            PowerPriceYuanPerKwh, WaterSupply, GasSupply, Logistics, Chains, NotableEnterprises, sanitizer.Sanitize(Description), Contacts);
    }

    /// <param name="Parks">Names of parks of the same prefecture.</param>
    internal sealed record Policy(
        string Title, string Issuer, string? DocumentNumber, string Level, string[] Chains, string[]? Parks, string[] IncentiveKinds,
        DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Body)
    {
        public PolicyContent ToContent(RichTextSanitizer sanitizer, Func<string, Guid> parkId) => new(
            Title, Issuer, DocumentNumber, Level, Chains, [.. (Parks ?? []).Select(parkId)], IncentiveKinds,
            EffectiveFrom, EffectiveTo, sanitizer.Sanitize(Body) ?? "");
    }

    internal sealed record ProvincePolicy(
        string[]? Prefectures, string Title, string Issuer, string? DocumentNumber, string Level, string[] Chains, string[] IncentiveKinds,
        DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Body)
    {
        public Policy Policy => new(Title, Issuer, DocumentNumber, Level, Chains, [], IncentiveKinds, EffectiveFrom, EffectiveTo, Body);
    }

    /// <param name="Park">Name of a park of the same prefecture, or null.</param>
    internal sealed record Project(
        string Name, string Chain, string? Park, decimal InvestmentWan, string CooperationMode, string? Description, Contact? Contact)
    {
        public ProjectContent ToContent(RichTextSanitizer sanitizer, Func<string, Guid> parkId) => new(
            Name, Chain, Park is null ? null : parkId(Park), InvestmentWan, CooperationMode, sanitizer.Sanitize(Description), Contact);
    }
}
