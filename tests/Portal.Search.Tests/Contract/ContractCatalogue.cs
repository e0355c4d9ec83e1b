namespace Portal.Search.Tests.Contract;

/// <summary>A small catalogue of three prefectures that the contract tests search.</summary>
public static class ContractCatalogue
{
    public static readonly Guid Qujing = Guid.Parse("00000000-0000-0000-0000-000000530300");
    public static readonly Guid Kunming = Guid.Parse("00000000-0000-0000-0000-000000530100");
    public static readonly Guid Honghe = Guid.Parse("00000000-0000-0000-0000-000000532500");

    public static readonly SearchDocument AluminiumPark = Park(
        Qujing, "qujing", "曲靖市", "Qujing", "曲靖经济技术开发区绿色铝产业园", ["green-aluminium"], "national",
        land: 1200, landPrice: 12, power: 0.30m, published: new DateTime(2025, 1, 10),
        body: "依托绿色水电优势，园区重点发展电解铝就地转化和铝精深加工，可提供标准厂房。",
        keywords: ["麒麟区", "经济技术开发区", "国家级", "绿色铝"]);

    public static readonly SearchDocument BatteryPark = Park(
        Qujing, "qujing", "曲靖市", "Qujing", "沾益新能源电池产业园", ["new-energy-battery"], "provincial",
        land: 800, landPrice: 15, power: 0.35m, published: new DateTime(2025, 3, 1),
        body: "园区聚焦锂电池正极材料、负极材料和电解液，配套动力电池回收利用项目。",
        keywords: ["沾益区", "产业园", "省级", "新能源电池"]);

    public static readonly SearchDocument BatteryPolicy = Policy(
        Qujing, "qujing", "曲靖市", "Qujing", "曲靖市支持新能源电池产业发展若干措施", ["new-energy-battery"], "prefecture",
        from: new DateOnly(2024, 1, 1), to: new DateOnly(2025, 12, 31), published: new DateTime(2024, 6, 1),
        body: "对新引进的电池材料项目给予土地、电价和设备补助支持，单个项目最高奖励 2000 万元。");

    public static readonly SearchDocument ExpiredPolicy = Policy(
        Kunming, "kunming", "昆明市", "Kunming", "昆明市生物医药产业扶持政策", ["biomedicine"], "prefecture",
        from: new DateOnly(2023, 1, 1), to: new DateOnly(2023, 12, 31), published: new DateTime(2023, 2, 1),
        body: "支持创新药和疫苗研发，对完成临床试验的品种给予研发投入补助。");

    public static readonly SearchDocument SolarProject = new()
    {
        Kind = SearchKind.Project,
        ItemId = Guid.Parse("30000000-0000-0000-0000-000000000005"),
        TenantId = Kunming,
        Prefecture = "kunming",
        PrefectureName = "昆明市",
        PrefectureNameEn = "Kunming",
        Title = "昆明光伏组件生产线项目",
        Keywords = ["安宁市", "光伏"],
        Body = "建设高效太阳能电池组件生产线，年产能 5GW，寻求合资合作。",
        Chains = ["photovoltaic"],
        InvestmentWan = 50000,
        PublishedAt = new DateTimeOffset(2025, 2, 1, 8, 0, 0, TimeSpan.FromHours(8)),
        Url = "/t/kunming/projects/30000000-0000-0000-0000-000000000005",
    };

    public static readonly SearchDocument BondedZone = Park(
        Honghe, "honghe", "红河哈尼族彝族自治州", "Honghe", "红河综合保税区", ["logistics"], "national",
        land: 300, landPrice: 20, power: 0.40m, published: new DateTime(2024, 12, 1),
        body: "位于蒙自市，紧邻中老铁路和昆河公路，发展保税物流和跨境电商。",
        keywords: ["蒙自市", "综合保税区", "国家级"]);

    public static IReadOnlyList<SearchDocument> All { get; } = [AluminiumPark, BatteryPark, BatteryPolicy, ExpiredPolicy, SolarProject, BondedZone];

    public static SearchDocument Park(
        Guid tenant, string prefecture, string prefectureName, string prefectureNameEn, string title, string[] chains, string level,
        decimal land, decimal landPrice, decimal power, DateTime published, string body, string[] keywords)
    {
        var id = IdFor(title);
        return new SearchDocument
        {
            Kind = SearchKind.Park,
            ItemId = id,
            TenantId = tenant,
            Prefecture = prefecture,
            PrefectureName = prefectureName,
            PrefectureNameEn = prefectureNameEn,
            Title = title,
            Keywords = keywords,
            Body = body,
            Chains = chains,
            Level = level,
            AvailableLandMu = land,
            LandPriceWanPerMu = landPrice,
            PowerPriceYuanPerKwh = power,
            PublishedAt = new DateTimeOffset(published, TimeSpan.Zero),
            Url = $"/t/{prefecture}/parks/{id}",
        };
    }

    public static SearchDocument Policy(
        Guid tenant, string prefecture, string prefectureName, string prefectureNameEn, string title, string[] chains, string level,
        DateOnly? from, DateOnly? to, DateTime published, string body)
    {
        var id = IdFor(title);
        return new SearchDocument
        {
            Kind = SearchKind.Policy,
            ItemId = id,
            TenantId = tenant,
            Prefecture = prefecture,
            PrefectureName = prefectureName,
            PrefectureNameEn = prefectureNameEn,
            Title = title,
            Body = body,
            Chains = chains,
            Level = level,
            EffectiveFrom = from,
            EffectiveTo = to,
            PublishedAt = new DateTimeOffset(published, TimeSpan.Zero),
            Url = $"/t/{prefecture}/policies/{id}",
        };
    }

    /// <summary>A stable id per title, so that a re-projected document replaces the same key.</summary>
    public static Guid IdFor(string title)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(title));
        return new Guid(hash.AsSpan(0, 16));
    }
}
