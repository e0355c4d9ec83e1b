using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Xunit;
using static Portal.Inquiries.Tests.Http.InquiryApi;

namespace Portal.Inquiries.Tests.Http;

/// <summary>From the public form to funds in place, across two prefectures, as the enterprise, the bureau and the prefectures see it.</summary>
public sealed class JourneyTests(InquiriesFixture fixture) : IClassFixture<InquiriesFixture>
{
    [ServiceFact(Service.Postgres)]
    public async Task An_inquiry_goes_from_the_public_form_to_funds_in_place_across_two_prefectures()
    {
        using var anonymous = fixture.Anonymous();
        using var host = await fixture.HostAsync();
        using var qujing = await fixture.ClientOfAAsync();
        using var dali = await fixture.ClientOfBAsync();
        var email = $"Chen.{Guid.NewGuid():N}@Example.com";
        var code = await SubmitAsync(anonymous, Inquiry("深圳市智联自动化装备有限公司", email), key: Guid.NewGuid().ToString());
        Assert.Matches("^YN-[0-9A-HJKMNP-TV-Z]{10}$", code);

        // The enterprise follows it without an account; the email compares without case, a wrong one is a 404.
        var tracked = await GetAsync(anonymous, $"/api/inquiries/track?code={code}&email={email.ToUpperInvariant()}");
        Assert.Equal("received", tracked.GetProperty("stage").GetString());
        Assert.Equal("awaiting-review", tracked.GetProperty("nextStep").GetString());
        using (var wrong = await anonymous.GetAsync($"/api/inquiries/track?code={code}&email=someone@example.com"))
        {
            await ExpectAsync(wrong, HttpStatusCode.NotFound);
        }

        // The bureau triages, names an owner and routes to both prefectures.
        var id = await IdOfAsync(host, code);
        var owners = await GetAsync(host, "/api/admin/inquiries/owners");
        var owner = owners[0].GetProperty("userId").GetGuid();
        await PostAsync(host, $"/api/admin/inquiries/{id}/owner", new { ownerId = owner });
        await PostAsync(host, $"/api/admin/inquiries/{id}/stage", new { stage = "triaged", note = "资料齐全" });
        var routed = await PostAsync(host, $"/api/admin/inquiries/{id}/route", new { prefectures = new[] { "qujing", "dali" }, note = "两地均有匹配园区" });
        Assert.Equal("routed", routed.GetProperty("stage").GetString());
        Assert.Equal(2, routed.GetProperty("cases").GetArrayLength());
        Assert.Equal(owner, routed.GetProperty("owner").GetProperty("userId").GetGuid());

        // Each prefecture works its own case.
        await PostAsync(qujing, $"/api/admin/inquiries/{id}/stage", new { stage = "contacted", note = "已电话联系企业" });
        await PostAsync(dali, $"/api/admin/inquiries/{id}/stage", new { stage = "contacted" });
        await PostAsync(qujing, $"/api/admin/inquiries/{id}/notes", new { text = "曲靖经开区可提供200亩工业用地，欢迎实地考察。", @public = true });
        await PostAsync(qujing, $"/api/admin/inquiries/{id}/notes", new { text = "企业关注电价，内部评估中", @public = false });
        await PostAsync(qujing, $"/api/admin/inquiries/{id}/stage", new { stage = "visited" });
        var signedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-10);
        await PostAsync(qujing, $"/api/admin/inquiries/{id}/stage", new
        {
            stage = "signed", signedOn, agreementAmountWan = 120000m, sector = "secondary", industrial = true, investorProvince = "广东省",
        });
        await PostAsync(dali, $"/api/admin/inquiries/{id}/stage", new { stage = "closed", reason = "chose-elsewhere", note = "企业选择曲靖" });
        await PostAsync(qujing, $"/api/admin/inquiries/{id}/stage", new { stage = "landed", landedOn = signedOn.AddDays(5) });
        await PostAsync(qujing, $"/api/admin/inquiries/{id}/funds", new { amountWan = 30000m, receivedOn = signedOn.AddDays(6) });
        var funded = await PostAsync(qujing, $"/api/admin/inquiries/{id}/funds", new { amountWan = 15000.5m, receivedOn = signedOn.AddDays(8) });

        var ownCase = Assert.Single(funded.GetProperty("cases").EnumerateArray());
        Assert.Equal("landed", ownCase.GetProperty("stage").GetString());
        Assert.Equal(45000.5m, ownCase.GetProperty("fundsTotalWan").GetDecimal());
        Assert.Equal(2, ownCase.GetProperty("funds").GetArrayLength());
        Assert.Equal("secondary", ownCase.GetProperty("signing").GetProperty("sector").GetString());

        // The bureau keeps the whole picture: both cases, one timeline with who did what on which case.
        var detail = await GetAsync(host, $"/api/admin/inquiries/{id}");
        Assert.Equal("landed", detail.GetProperty("stage").GetString());
        var cases = detail.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("prefecture").GetProperty("slug").GetString()!);
        Assert.Equal("landed", cases["qujing"].GetProperty("stage").GetString());
        Assert.Equal("closed", cases["dali"].GetProperty("stage").GetString());
        Assert.Equal("chose-elsewhere", cases["dali"].GetProperty("closeReason").GetString());
        var kinds = Timeline(detail).Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("prefectureSlug").GetString())).ToList();
        Assert.Contains(("received", null), kinds);
        Assert.Contains(("owner-assigned", null), kinds);
        Assert.Contains(("routed", null), kinds);
        Assert.Contains(("funds-received", "qujing"), kinds);
        Assert.Contains(("stage-changed", "dali"), kinds);
        Assert.All(Timeline(detail), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("at").GetString())));

        // The enterprise sees the stage, the public reply and what comes next; never the internal note.
        tracked = await GetAsync(anonymous, $"/api/inquiries/track?code={code.ToLowerInvariant()}&email={email}");
        Assert.Equal("landed", tracked.GetProperty("stage").GetString());
        var reply = Assert.Single(tracked.GetProperty("replies").EnumerateArray());
        Assert.Equal("曲靖市", reply.GetProperty("prefectureName").GetString());
        Assert.DoesNotContain("内部评估", tracked.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("owner", tracked.GetRawText(), StringComparison.OrdinalIgnoreCase);

        // The inbox filters find it.
        var landed = await GetAsync(host, $"/api/admin/inquiries?stage=landed&prefecture=dali&chain=equipment-manufacturing");
        Assert.Contains(landed.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == id);
        var mine = await GetAsync(host, $"/api/admin/inquiries?owner={owner}");
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == id);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Staff_record_an_inquiry_from_a_roadshow_and_a_prefecture_records_its_own()
    {
        using var host = await fixture.HostAsync();
        using var qujing = await fixture.ClientOfAAsync();
        var body = Inquiry("杭州云栖数字物流有限公司").With("source", "roadshow").With("email", null).With("creditCode", null).With("occurredOn", "2026-11-20");
        var recorded = await PostAsync(host, "/api/admin/inquiries", body, HttpStatusCode.Created);
        Assert.Equal("roadshow", recorded.GetProperty("source").GetString());
        Assert.Equal("received", recorded.GetProperty("stage").GetString());

        var own = await PostAsync(qujing, "/api/admin/inquiries", Inquiry().With("source", "phone"), HttpStatusCode.Created);
        Assert.Equal("routed", own.GetProperty("stage").GetString());
        Assert.Equal("qujing", Assert.Single(own.GetProperty("cases").EnumerateArray()).GetProperty("prefecture").GetProperty("slug").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_repeated_inquiry_is_flagged_and_merged_keeping_both_timelines()
    {
        using var anonymous = fixture.Anonymous();
        using var host = await fixture.HostAsync();
        var creditCode = NewCreditCode("330200");
        var first = await SubmitAsync(anonymous, Inquiry("宁波海锂新能源科技有限公司", creditCode: creditCode));
        var second = await SubmitAsync(anonymous, Inquiry("宁波海锂新能源科技", creditCode: creditCode));
        var firstId = await IdOfAsync(host, first);
        var secondId = await IdOfAsync(host, second);
        var duplicateDetail = await GetAsync(host, $"/api/admin/inquiries/{secondId}");
        Assert.Contains(Timeline(duplicateDetail), e => e.GetProperty("kind").GetString() == "duplicate-flagged");
        Assert.Contains(duplicateDetail.GetProperty("duplicates").EnumerateArray(), d => d.GetProperty("id").GetGuid() == firstId && d.GetProperty("matchedOn").GetString() == "credit-code");

        var merged = await PostAsync(host, $"/api/admin/inquiries/{firstId}/merge", new { duplicateId = secondId });
        Assert.Contains(Timeline(merged), e => e.GetProperty("kind").GetString() == "merged");
        Assert.Contains(Timeline(merged), e => e.GetProperty("kind").GetString() == "duplicate-flagged"); // the duplicate's timeline is kept
        var after = await GetAsync(host, $"/api/admin/inquiries/{secondId}");
        Assert.Equal("closed", after.GetProperty("stage").GetString());
        Assert.Equal(firstId, after.GetProperty("mergedIntoId").GetGuid());

        using var again = await host.PostAsJsonAsync($"/api/admin/inquiries/{firstId}/merge", new { duplicateId = secondId });
        await ExpectAsync(again, HttpStatusCode.Conflict);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Saved_views_belong_to_their_caller()
    {
        using var host = await fixture.HostAsync();
        using var qujing = await fixture.ClientOfAAsync();
        var view = await PostAsync(host, "/api/admin/inquiries/views", new { name = "逾期", query = "?overdue=true&stage=routed&junk=1" }, HttpStatusCode.Created);
        Assert.Equal("stage=routed&overdue=true", view.GetProperty("query").GetString());
        Assert.Contains((await GetAsync(host, "/api/admin/inquiries/views")).EnumerateArray(), v => v.GetProperty("name").GetString() == "逾期");
        Assert.Empty((await GetAsync(qujing, "/api/admin/inquiries/views")).EnumerateArray());
        using (var foreign = await qujing.DeleteAsync($"/api/admin/inquiries/views/{view.GetProperty("id").GetGuid()}"))
        {
            await ExpectAsync(foreign, HttpStatusCode.NotFound);
        }

        using var deleted = await host.DeleteAsync($"/api/admin/inquiries/views/{view.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }
}
