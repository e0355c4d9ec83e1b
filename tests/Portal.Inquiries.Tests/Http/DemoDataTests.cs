using Portal.Testing;
using Xunit;
using static Portal.Inquiries.Tests.Http.InquiryApi;

namespace Portal.Inquiries.Tests.Http;

/// <summary>With demo data on, the back office starts with realistic inquiries across stages and prefectures.</summary>
public sealed class DemoDataTests
{
    [ServiceFact(Service.Postgres)]
    public async Task Demo_inquiries_span_the_pipeline_and_prefectures_with_funds_in_place()
    {
        await using var app = await PortalApp.StartAsync(settings => settings.DemoData = true);
        using var host = await app.CreateHostClientAsync();
        var page = await GetAsync(host, "/api/admin/inquiries?pageSize=100");
        Assert.InRange(page.GetProperty("total").GetInt32(), 15, 25);
        var stages = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("stage").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "received", "routed", "contacted", "visited", "signed", "landed" }, stages);

        var landed = page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("stage").GetString() == "landed");
        var detail = await GetAsync(host, $"/api/admin/inquiries/{landed.GetProperty("id").GetGuid()}");
        var funded = detail.GetProperty("cases").EnumerateArray().First(c => c.GetProperty("stage").GetString() == "landed");
        Assert.True(funded.GetProperty("fundsTotalWan").GetDecimal() > 0);
        Assert.NotEqual("云南省", funded.GetProperty("signing").GetProperty("investorProvince").GetString());

        var prefectures = page.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("prefecture").GetProperty("slug").GetString()))
            .ToHashSet();
        Assert.True(prefectures.Count >= 8, string.Join(",", prefectures));
    }
}
