namespace Portal.BuildingBlocks;

/// <summary>The <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Where the embedded database, search index, media and keys live.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>Seed the 16 prefectures with sample content on first start.</summary>
    public bool DemoData { get; set; } = true;

    /// <summary>
    /// Host names <c>{slug}.{TenantHostSuffix}</c> resolve to a prefecture
    /// (for example <c>example.org</c> makes <c>qujing.example.org</c> the Qujing site).
    /// </summary>
    public string? TenantHostSuffix { get; set; }

    public BootstrapOptions Bootstrap { get; set; } = new();

    public string FullDataPath => Path.GetFullPath(DataPath);
}

public sealed class BootstrapOptions
{
    public string? AdminPassword { get; set; }

    public string? AdminEmail { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }
}
