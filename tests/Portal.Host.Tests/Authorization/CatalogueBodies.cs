namespace Portal.Host.Tests.Authorization;

/// <summary>Valid catalogue items, as a prefecture's system would send them.</summary>
internal static class CatalogueBodies
{
    public static object Park() => new
    {
        name = "矩阵测试园区",
        kind = "industrial-park",
        level = "prefecture",
        county = "麒麟区",
        address = "曲靖市麒麟区",
        latitude = 25.45m,
        longitude = 103.8m,
        plannedAreaMu = 10000m,
        availableLandMu = 800m,
        landPriceWanPerMu = 15m,
        powerPriceYuanPerKwh = 0.38m,
        chains = new[] { "new-materials" },
        description = "<p>测试</p>",
    };

    public static object Policy() => new
    {
        title = "矩阵测试政策",
        issuer = "测试州人民政府",
        documentNumber = $"测政发〔2026〕{Random.Shared.Next(1, 1_000_000)}号",
        level = "prefecture",
        chains = new[] { "new-materials" },
        parks = Array.Empty<Guid>(),
        incentiveKinds = new[] { "land" },
        effectiveFrom = "2026-01-01",
        effectiveTo = "2030-12-31",
        body = "<p>测试</p>",
    };

    /// <summary>A 1×1 PNG: the smallest photo the upload accepts.</summary>
    public static byte[] TinyPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A minimal PDF: header, one empty object, trailer.</summary>
    public static byte[] TinyPdf { get; } = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static MultipartFormDataContent Upload(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static object Project() => new
    {
        name = "矩阵测试项目",
        chain = "new-materials",
        investmentWan = 5000m,
        cooperationMode = "sole",
        description = "<p>测试</p>",
    };
}
