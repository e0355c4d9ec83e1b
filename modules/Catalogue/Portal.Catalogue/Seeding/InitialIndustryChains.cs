namespace Portal.Catalogue.Seeding;

/// <summary>The industry chains every portal starts with (DOMAIN.md); their codes are stable in the API.</summary>
internal static class InitialIndustryChains
{
    public static IReadOnlyList<(string Code, string NameZh, string NameEn)> All { get; } =
    [
        ("green-aluminium", "绿色铝", "Green aluminium"),
        ("green-silicon", "绿色硅", "Green silicon"),
        ("organic-silicon", "有机硅", "Organic silicon"),
        ("photovoltaic", "光伏", "Photovoltaics"),
        ("new-energy-battery", "新能源电池", "New-energy batteries"),
        ("new-materials", "新材料", "New materials"),
        ("coal-chemicals", "新型煤化工", "Modern coal chemicals"),
        ("fine-chemicals", "精细化工", "Fine chemicals"),
        ("biomedicine", "生物医药", "Biomedicine"),
        ("equipment-manufacturing", "装备制造", "Equipment manufacturing"),
        ("advanced-manufacturing", "先进制造", "Advanced manufacturing"),
        ("food-processing", "高端食品加工", "High-end food processing"),
        ("plateau-agriculture", "高原特色现代农业", "Plateau specialty agriculture"),
        ("logistics", "现代商贸物流", "Modern trade and logistics"),
        ("health-elderly-care", "健康养老", "Health and elderly care"),
        ("cultural-tourism", "文化旅游", "Culture and tourism"),
    ];
}
