using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Inquiries.Persistence;
using Portal.Testing;
using Xunit;
using static Portal.Inquiries.Tests.Http.InquiryApi;

namespace Portal.Inquiries.Tests.Http;

/// <summary>The public form: idempotent retries, field validation with localized messages, nothing half-written.</summary>
public sealed class IntakeTests(InquiriesFixture fixture) : IClassFixture<InquiriesFixture>
{
    private async Task<int> CountAsync(string enterprise)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InquiriesDbContext>();
        return await db.Inquiries.CountAsync(i => i.EnterpriseName == enterprise);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Concurrent_retries_with_one_idempotency_key_make_exactly_one_inquiry()
    {
        var enterprise = $"并发重试科技有限公司{Guid.NewGuid():N}"[..24];
        var body = Inquiry(enterprise);
        var key = Guid.NewGuid().ToString();
        var codes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var anonymous = fixture.Anonymous();
            return await SubmitAsync(anonymous, body, key);
        }));

        Assert.Single(codes.Distinct());
        Assert.Equal(1, await CountAsync(enterprise));
        using var again = fixture.Anonymous();
        Assert.Equal(codes[0], await SubmitAsync(again, body, key));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/inquiries") { Content = JsonContent.Create(body.With("investmentWan", 1m)) };
        request.Headers.Add("Idempotency-Key", key);
        using var reused = await again.SendAsync(request);
        var problem = await ExpectAsync(reused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("inquiries.idempotency-key-reused", problem.GetProperty("code").GetString());
        Assert.Equal(1, await CountAsync(enterprise));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Every_bad_field_gets_a_localized_message_and_nothing_is_saved()
    {
        using var anonymous = fixture.Anonymous();
        var enterprise = $"坏数据有限公司{Guid.NewGuid():N}"[..20];
        var bad = Inquiry(enterprise)
            .With("creditCode", "91440300MA5FQ7X2L0")
            .With("mobile", "0871-65123456")
            .With("email", "not-an-address")
            .With("province", "火星省")
            .With("chain", "lithium-mining")
            .With("investmentWan", -5m)
            .With("landMu", -1m)
            .With("prefectures", new[] { "atlantis" })
            .With("message", "")
            .With("consent", false);

        using var response = await anonymous.PostAsJsonAsync("/api/inquiries", bad);
        var problem = await ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            ["chain", "consent", "creditCode", "email", "investmentWan", "landMu", "message", "mobile", "prefectures[0]", "province"],
            FieldsWithErrors(problem));
        Assert.Contains("固定电话", problem.GetProperty("errors").GetProperty("mobile")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(enterprise));

        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/inquiries") { Content = JsonContent.Create(bad) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var englishProblem = await ExpectAsync(await anonymous.SendAsync(english), HttpStatusCode.BadRequest);
        Assert.Equal("Must be greater than 0.", englishProblem.GetProperty("errors").GetProperty("investmentWan")[0].GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_filled_honeypot_is_refused()
    {
        using var anonymous = fixture.Anonymous();
        var enterprise = $"机器人有限公司{Guid.NewGuid():N}"[..20];
        using var response = await anonymous.PostAsJsonAsync("/api/inquiries", Inquiry(enterprise).With("website", "http://spam.example"));
        Assert.Equal(["form"], FieldsWithErrors(await ExpectAsync(response, HttpStatusCode.BadRequest)));
        Assert.Equal(0, await CountAsync(enterprise));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Stage_jumps_that_make_no_sense_and_funds_before_signing_are_conflicts()
    {
        using var anonymous = fixture.Anonymous();
        using var host = await fixture.HostAsync();
        using var qujing = await fixture.ClientOfAAsync();
        var id = await IdOfAsync(host, await SubmitAsync(anonymous, Inquiry()));
        await PostAsync(host, $"/api/admin/inquiries/{id}/route", new { prefectures = new[] { "qujing" } });

        var landed = await ExpectAsync(await qujing.PostAsJsonAsync($"/api/admin/inquiries/{id}/stage", new { stage = "landed", landedOn = "2026-11-01" }), HttpStatusCode.Conflict);
        Assert.Equal("inquiries.landing-requires-signing", landed.GetProperty("code").GetString());
        var funds = await ExpectAsync(await qujing.PostAsJsonAsync($"/api/admin/inquiries/{id}/funds", new { amountWan = 100m, receivedOn = "2026-11-01" }), HttpStatusCode.Conflict);
        Assert.Equal("inquiries.funds-require-signing", funds.GetProperty("code").GetString());
        var unknown = await ExpectAsync(await qujing.PostAsJsonAsync($"/api/admin/inquiries/{id}/stage", new { stage = "won" }), HttpStatusCode.BadRequest);
        Assert.Equal(["stage"], FieldsWithErrors(unknown));
        var signing = await ExpectAsync(await qujing.PostAsJsonAsync($"/api/admin/inquiries/{id}/stage", new
        {
            stage = "signed", signedOn = "2099-01-01", agreementAmountWan = -1m, sector = "quaternary", investorProvince = "火星",
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["agreementAmountWan", "industrial", "investorProvince", "sector", "signedOn"], FieldsWithErrors(signing));
        var closing = await ExpectAsync(await qujing.PostAsJsonAsync($"/api/admin/inquiries/{id}/stage", new { stage = "closed" }), HttpStatusCode.BadRequest);
        Assert.Equal(["reason"], FieldsWithErrors(closing));

        await PostAsync(qujing, $"/api/admin/inquiries/{id}/stage", new { stage = "visited" });
        var back = await ExpectAsync(await qujing.PostAsJsonAsync($"/api/admin/inquiries/{id}/stage", new { stage = "contacted" }), HttpStatusCode.Conflict);
        Assert.Equal("inquiries.stage-cannot-go-back", back.GetProperty("code").GetString());

        await PostAsync(qujing, $"/api/admin/inquiries/{id}/stage", new { stage = "closed", reason = "not-interested" });
        var closed = await ExpectAsync(await qujing.PostAsJsonAsync($"/api/admin/inquiries/{id}/stage", new { stage = "visited" }), HttpStatusCode.Conflict);
        Assert.Equal("inquiries.closed-is-final", closed.GetProperty("code").GetString());
        var reopened = await PostAsync(host, $"/api/admin/inquiries/{id}/stage", new { stage = "visited", note = "企业重新联系" });
        Assert.Equal("visited", reopened.GetProperty("stage").GetString());

        var detail = await GetAsync(host, $"/api/admin/inquiries/{id}");
        Assert.Empty(Assert.Single(detail.GetProperty("cases").EnumerateArray()).GetProperty("funds").EnumerateArray());
        Assert.Equal(4, Timeline(detail).Count(e => e.GetProperty("prefectureSlug").GetString() == "qujing"));
    }
}
