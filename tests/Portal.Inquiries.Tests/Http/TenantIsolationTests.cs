using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Xunit;
using static Portal.Inquiries.Tests.Http.InquiryApi;

namespace Portal.Inquiries.Tests.Http;

/// <summary>A prefecture sees only inquiries routed to it and only its own case; anything else is a 404.</summary>
public sealed class TenantIsolationTests(InquiriesFixture fixture) : IClassFixture<InquiriesFixture>
{
    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_never_sees_an_inquiry_routed_elsewhere()
    {
        using var anonymous = fixture.Anonymous();
        using var host = await fixture.HostAsync();
        using var qujing = await fixture.ClientOfAAsync();
        using var dali = await fixture.ClientOfBAsync();
        var code = await SubmitAsync(anonymous, Inquiry("苏州晶合光伏材料有限公司"));
        var id = await IdOfAsync(host, code);

        // Not routed yet: no prefecture sees it.
        using (var early = await qujing.GetAsync($"/api/admin/inquiries/{id}"))
        {
            await ExpectAsync(early, HttpStatusCode.NotFound);
        }

        await PostAsync(host, $"/api/admin/inquiries/{id}/route", new { prefectures = new[] { "qujing" } });
        Assert.Equal(id, (await GetAsync(qujing, $"/api/admin/inquiries/{id}")).GetProperty("id").GetGuid());
        Assert.DoesNotContain((await GetAsync(dali, "/api/admin/inquiries?pageSize=100")).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);

        var body = await ExpectAsync(await dali.GetAsync($"/api/admin/inquiries/{id}"), HttpStatusCode.NotFound);
        Assert.DoesNotContain("qujing", body.GetRawText(), StringComparison.Ordinal);
        foreach (var (path, payload) in new (string, object)[]
        {
            ("stage", new { stage = "contacted" }),
            ("notes", new { text = "越权备注" }),
            ("funds", new { amountWan = 100m, receivedOn = "2026-11-01" }),
            ("waiting", new { waiting = true, reason = "等待企业" }),
        })
        {
            using var response = await dali.PostAsJsonAsync($"/api/admin/inquiries/{id}/{path}", payload);
            await ExpectAsync(response, HttpStatusCode.NotFound);
        }

        // Routing and merging are the bureau's: a prefecture is refused even on its own inquiry.
        using var route = await qujing.PostAsJsonAsync($"/api/admin/inquiries/{id}/route", new { prefectures = new[] { "qujing", "dali" } });
        Assert.Equal(HttpStatusCode.Forbidden, route.StatusCode);
        var detail = await GetAsync(host, $"/api/admin/inquiries/{id}");
        Assert.Single(detail.GetProperty("cases").EnumerateArray());
        Assert.DoesNotContain(Timeline(detail), e => e.GetProperty("text").GetString() == "越权备注");
    }

    [ServiceFact(Service.Postgres)]
    public async Task With_two_prefectures_each_sees_only_its_own_case_and_entries()
    {
        using var anonymous = fixture.Anonymous();
        using var host = await fixture.HostAsync();
        using var qujing = await fixture.ClientOfAAsync();
        using var dali = await fixture.ClientOfBAsync();
        var id = await IdOfAsync(host, await SubmitAsync(anonymous, Inquiry("上海申铝新材料股份有限公司")));
        await PostAsync(host, $"/api/admin/inquiries/{id}/route", new { prefectures = new[] { "qujing", "dali" } });
        await PostAsync(qujing, $"/api/admin/inquiries/{id}/notes", new { text = "曲靖内部：可给予电价优惠" });
        await PostAsync(dali, $"/api/admin/inquiries/{id}/stage", new { stage = "contacted", note = "大理已联系" });

        var seenByDali = await GetAsync(dali, $"/api/admin/inquiries/{id}");
        var own = Assert.Single(seenByDali.GetProperty("cases").EnumerateArray());
        Assert.Equal("dali", own.GetProperty("prefecture").GetProperty("slug").GetString());
        Assert.Equal("contacted", seenByDali.GetProperty("stage").GetString());
        Assert.DoesNotContain("曲靖内部", seenByDali.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("qujing", seenByDali.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(seenByDali.GetProperty("deadlines").EnumerateArray());

        var listed = (await GetAsync(qujing, $"/api/admin/inquiries?q={seenByDali.GetProperty("trackingCode").GetString()}")).GetProperty("items")[0];
        Assert.Equal("routed", listed.GetProperty("stage").GetString());
        Assert.Equal("qujing", Assert.Single(listed.GetProperty("cases").EnumerateArray()).GetProperty("prefecture").GetProperty("slug").GetString());

        // The host acting on a case names the prefecture; without it, two cases are ambiguous.
        using (var ambiguous = await host.PostAsJsonAsync($"/api/admin/inquiries/{id}/stage", new { stage = "visited" }))
        {
            await ExpectAsync(ambiguous, HttpStatusCode.Conflict);
        }

        using var hostForQujing = await fixture.HostAsync("qujing");
        var acted = await PostAsync(hostForQujing, $"/api/admin/inquiries/{id}/stage", new { stage = "visited" });
        var cases = acted.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("prefecture").GetProperty("slug").GetString()!, c => c.GetProperty("stage").GetString());
        Assert.Equal("visited", cases["qujing"]);
        Assert.Equal("contacted", cases["dali"]);
        Assert.Equal("visited", acted.GetProperty("stage").GetString());

        // Re-routing away from a prefecture needs a reason and closes its case.
        using (var noReason = await host.PostAsJsonAsync($"/api/admin/inquiries/{id}/route", new { prefectures = new[] { "qujing" } }))
        {
            Assert.Equal(["note"], FieldsWithErrors(await ExpectAsync(noReason, HttpStatusCode.BadRequest)));
        }

        var rerouted = await PostAsync(host, $"/api/admin/inquiries/{id}/route", new { prefectures = new[] { "qujing" }, note = "企业只考虑曲靖" });
        var daliCase = rerouted.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("prefecture").GetProperty("slug").GetString() == "dali");
        Assert.Equal("rerouted", daliCase.GetProperty("closeReason").GetString());
        Assert.Contains(Timeline(rerouted), e => e.GetProperty("kind").GetString() == "rerouted" && e.GetProperty("text").GetString() == "企业只考虑曲靖");
    }
}
