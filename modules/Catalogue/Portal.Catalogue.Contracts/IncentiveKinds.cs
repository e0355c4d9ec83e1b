namespace Portal.Catalogue.Contracts;

/// <summary>The codes of a policy's <c>incentiveKinds</c>.</summary>
public static class IncentiveKinds
{
    /// <summary>用地.</summary>
    public const string Land = "land";

    /// <summary>税收.</summary>
    public const string Tax = "tax";

    /// <summary>电价.</summary>
    public const string Power = "power";

    /// <summary>设备、固定资产投资补助.</summary>
    public const string Subsidy = "subsidy";

    /// <summary>人才.</summary>
    public const string Talent = "talent";

    /// <summary>融资.</summary>
    public const string Financing = "financing";

    public static IReadOnlyList<string> All { get; } = [Land, Tax, Power, Subsidy, Talent, Financing];
}
