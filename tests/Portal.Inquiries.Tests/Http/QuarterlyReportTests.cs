using Portal.Testing;
using Xunit;
using static Portal.Inquiries.Tests.Http.InquiryApi;

namespace Portal.Inquiries.Tests.Http;

/// <summary>The quarterly statistics count out-of-province projects only, by signing, landing and receiving dates.</summary>
public sealed class QuarterlyReportTests(InquiriesFixture fixture) : IClassFixture<InquiriesFixture>
{
    [ServiceFact(Service.Postgres)]
    public async Task Only_projects_from_outside_Yunnan_count_and_a_prefecture_reads_its_own_figures()
    {
        using var anonymous = fixture.Anonymous();
        using var host = await fixture.HostAsync();
        using var dali = await fixture.ClientOfBAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        foreach (var (province, amount) in new[] { ("浙江省", 50000m), ("云南省", 200000m) })
        {
            var id = await IdOfAsync(host, await SubmitAsync(anonymous, Inquiry().With("prefectures", null)));
            await PostAsync(host, $"/api/admin/inquiries/{id}/route", new { prefectures = new[] { "dali" } });
            await PostAsync(dali, $"/api/admin/inquiries/{id}/stage", new
            {
                stage = "signed", signedOn = today, agreementAmountWan = amount, sector = "primary", industrial = false, investorProvince = province,
            });
            await PostAsync(dali, $"/api/admin/inquiries/{id}/funds", new { amountWan = 2000m, receivedOn = today });
        }

        var quarter = ((today.Month - 1) / 3) + 1;
        var report = await GetAsync(host, $"/api/admin/reports/quarterly?year={today.Year}&quarter={quarter}&prefecture=dali");
        Assert.Equal(1, report.GetProperty("projectsIntroduced").GetInt32());
        var agreements = report.GetProperty("agreements");
        Assert.Equal(1, agreements.GetProperty("total").GetInt32());
        Assert.Equal(1, agreements.GetProperty("from1To10Yi").GetInt32());
        Assert.Equal(0, agreements.GetProperty("atLeast10Yi").GetInt32());
        Assert.Equal(50000m, agreements.GetProperty("amountWan").GetDecimal());
        var funds = report.GetProperty("funds");
        Assert.Equal(2000m, funds.GetProperty("totalWan").GetDecimal());
        Assert.Equal(100m, funds.GetProperty("primaryShare").GetDecimal());
        Assert.Equal(0m, funds.GetProperty("industrialShareOfTotal").GetDecimal());

        var own = await GetAsync(dali, $"/api/admin/reports/quarterly?year={today.Year}&quarter={quarter}&prefecture=qujing");
        Assert.Equal("dali", own.GetProperty("prefecture").GetString());
        Assert.Equal(1, own.GetProperty("agreements").GetProperty("total").GetInt32());
        var empty = await GetAsync(host, $"/api/admin/reports/quarterly?year={today.Year}&quarter={quarter}&prefecture=qujing");
        Assert.Equal(0, empty.GetProperty("agreements").GetProperty("total").GetInt32());
        using var bad = await host.GetAsync("/api/admin/reports/quarterly?quarter=5");
        Assert.Equal(["quarter"], FieldsWithErrors(await ExpectAsync(bad, System.Net.HttpStatusCode.BadRequest)));
    }
}
