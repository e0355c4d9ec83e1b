using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Xunit;

namespace Portal.Catalogue.Tests.Domain;

/// <summary>Valid content to start from; each test changes the one thing it is about.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 2, 0, 0, TimeSpan.Zero);

    public static ParkContent ValidPark() => new(
        Name: "曲靖经济技术开发区",
        Kind: "economic-development-zone",
        Level: "national",
        County: "麒麟区",
        Address: "曲靖市麒麟区",
        Latitude: 25.45m,
        Longitude: 103.82m,
        PlannedAreaMu: 120_000m,
        AvailableLandMu: 6_800m,
        LandPriceWanPerMu: 18m,
        PowerPriceYuanPerKwh: 0.36m,
        WaterSupply: "日供水 10 万吨",
        GasSupply: "管道天然气",
        Logistics: "距曲靖北站 10 公里",
        Chains: ["new-energy-battery"],
        NotableEnterprises: ["某电池企业"],
        Description: "<p>国家级经开区</p>",
        Contacts: [new Contact("招商局", "招商科", "0874-3100000", "invest@example.org")]);

    public static PolicyContent ValidPolicy() => new(
        Title: "曲靖市支持新能源电池产业若干措施",
        Issuer: "曲靖市人民政府",
        DocumentNumber: "曲政发〔2024〕6号",
        Level: "prefecture",
        Chains: ["new-energy-battery"],
        ParkIds: [],
        IncentiveKinds: ["land", "power"],
        EffectiveFrom: new DateOnly(2024, 1, 1),
        EffectiveTo: new DateOnly(2026, 12, 31),
        Body: "<p>第一条</p>");

    public static ProjectContent ValidProject() => new(
        Name: "磷酸铁锂正极材料项目",
        Chain: "new-energy-battery",
        ParkId: null,
        InvestmentWan: 200_000m,
        CooperationMode: "sole",
        Description: "<p>年产 10 万吨</p>",
        Contact: new Contact("招商局", null, null, null));

    public static IReadOnlyList<RuleViolation> Broken(IEnumerable<IBusinessRule> rules) => BusinessRules.Broken(rules);

    /// <summary>Asserts exactly the given fields are reported, with the given message keys.</summary>
    public static void AssertBroken(IEnumerable<IBusinessRule> rules, params (string Field, string MessageKey)[] expected)
    {
        var broken = Broken(rules).Select(v => (v.Field ?? "", v.MessageKey)).OrderBy(v => v.Item1).ToList();
        Assert.Equal(expected.OrderBy(v => v.Field).ToList(), broken);
    }
}
