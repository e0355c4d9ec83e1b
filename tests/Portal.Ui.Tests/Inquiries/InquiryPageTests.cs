using System.Collections;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Catalogue.Contracts;
using Portal.Inquiries.Contracts;
using Portal.Testing;
using Portal.Ui.Pages.Inquiries;
using Xunit;

namespace Portal.Ui.Tests.Inquiries;

/// <summary>
/// The inquiry pages over HTTP: the public form and its spam defence, tracking with code and email, and the desk
/// for the bureau and for prefectures (a prefecture never opens another prefecture's inquiry).
/// </summary>
public sealed partial class InquiryPageTests(InquiryPortalFixture portal) : IClassFixture<InquiryPortalFixture>
{
    [ServiceFact(Service.Postgres)]
    public async Task The_form_speaks_Chinese_and_English_and_carries_its_spam_defences()
    {
        using var visitor = new InquirySession(portal.App);
        var (response, html) = await visitor.GetAsync("/inquire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>投资咨询</h1>", html, StringComparison.Ordinal);
        foreach (var label in new[] { "企业名称", "统一社会信用代码", "企业所在省份", "联系人姓名", "手机号码", "电子邮箱", "产业链", "计划投资额（万元）", "用地需求（亩）", "用电需求（千瓦）", "个人信息保护说明", "我已阅读并同意" })
        {
            Assert.Contains(label, html, StringComparison.Ordinal);
        }

        Assert.Matches("<link rel=\"stylesheet\" href=\"/_content/Portal.Ui/css/admin[^\"]*[.]css", html);
        Assert.Contains("name=\"website\"", html, StringComparison.Ordinal);
        Assert.Matches("name=\"FormToken\" value=\"[^\"]{20,}\"", html);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.Contains("曲靖市", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/inquire\" aria-current=\"page\"", html, StringComparison.Ordinal);

        var (english, englishHtml) = await visitor.GetAsync("/inquire?culture=en");
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Contains("<html lang=\"en\">", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Unified social credit code", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Privacy notice", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Qujing", englishHtml, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_form_can_start_from_a_prefecture_or_a_park()
    {
        using var visitor = new InquirySession(portal.App);
        var (_, byPrefecture) = await visitor.GetAsync("/inquire?prefecture=dali");
        Assert.Matches("value=\"dali\" checked=\"checked\"", byPrefecture);

        var park = await FirstPublishedParkAsync();
        var (response, byPark) = await visitor.GetAsync($"/inquire?park={park.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(park.Name), byPark, StringComparison.Ordinal);
        Assert.Matches($"name=\"Form.Parks\" value=\"{park.Id}\" checked=\"checked\"", byPark);
        Assert.Matches($"value=\"{park.Prefecture.Slug}\" checked=\"checked\"", byPark);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Wrong_fields_come_back_with_localized_messages_beside_them_and_nothing_is_stored()
    {
        using var visitor = new InquirySession(portal.App);
        var chain = await InquiryTestData.FirstChainAsync(portal.App);
        var email = InquiryTestData.NewEmail();
        var fields = InquiryTestData.ValidForm(chain, email, "坏数据公司")
            .Where(field => field.Key is not "Form.Mobile" and not "Form.Consent" and not "Form.InvestmentWan")
            .Append(new("Form.Mobile", "12345"))
            .Append(new("Form.InvestmentWan", "很多"))
            .ToList();

        var (response, html) = await visitor.SubmitAsync("/inquire", "/inquire", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请修改标出的字段后再提交", html, StringComparison.Ordinal);
        Assert.Contains("id=\"error-investmentWan\">请输入数字。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-tracking-code", html, StringComparison.Ordinal);
        // What the visitor typed is still there.
        Assert.Contains("value=\"坏数据公司\"", html, StringComparison.Ordinal);

        // With a number, the intake's own messages show: the mobile and the missing consent, in place.
        fields = [.. fields.Where(field => field.Key != "Form.InvestmentWan"), new("Form.InvestmentWan", "800")];
        (response, html) = await visitor.SubmitAsync("/inquire", "/inquire", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"error-mobile\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"error-consent\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-tracking-code", html, StringComparison.Ordinal);

        using var host = await portal.App.CreateHostClientAsync();
        var list = await host.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/admin/inquiries?q=" + Uri.EscapeDataString("坏数据公司"));
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_filled_honeypot_or_a_missing_form_token_is_refused()
    {
        using var robot = new InquirySession(portal.App);
        var chain = await InquiryTestData.FirstChainAsync(portal.App);

        var (_, honeypot) = await robot.SubmitAsync("/inquire", "/inquire",
            [.. InquiryTestData.ValidForm(chain, InquiryTestData.NewEmail(), "机器人甲公司"), new("website", "http://spam.example")]);
        Assert.DoesNotContain("data-tracking-code", honeypot, StringComparison.Ordinal);
        Assert.Contains("alert-error", honeypot, StringComparison.Ordinal);

        var (_, noToken) = await robot.SubmitAsync("/inquire", "/inquire",
            [.. InquiryTestData.ValidForm(chain, InquiryTestData.NewEmail(), "机器人乙公司"), new("FormToken", "")]);
        Assert.DoesNotContain("data-tracking-code", noToken, StringComparison.Ordinal);
        Assert.Contains("alert-error", noToken, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task An_inquiry_gets_a_tracking_code_and_the_enterprise_tracks_it_without_seeing_internal_notes()
    {
        using var visitor = new InquirySession(portal.App);
        var chain = await InquiryTestData.FirstChainAsync(portal.App);
        var email = InquiryTestData.NewEmail();

        var (response, html) = await visitor.SubmitAsync("/inquire", "/inquire", InquiryTestData.ValidForm(chain, email, "滇池新材料有限公司", "kunming"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var code = InquiryTestData.TrackingCode(html);
        Assert.Contains("咨询已提交", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/track?code={Uri.EscapeDataString(code)}\"", html, StringComparison.Ordinal);

        // The bureau writes an internal note and a public reply.
        using var bureau = await InquiryTestData.SignedInAsync(portal.App, "bureau-staff", tenant: null);
        var id = await FindIdAsync(code);
        await PostDetailAsync(bureau, id, "Note", [new("NoteText", "内部：企业资质待核实"), new("NotePublic", "false")]);
        await PostDetailAsync(bureau, id, "Note", [new("NoteText", "您好，我们已收到您的咨询。"), new("NotePublic", "true")]);

        var (tracked, trackedHtml) = await visitor.SubmitAsync($"/track?code={code}", "/track", [new("Code", code), new("Email", email.ToUpperInvariant())]);
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        Assert.Contains("滇池新材料有限公司", trackedHtml, StringComparison.Ordinal);
        Assert.Contains("data-stage=\"received\"", trackedHtml, StringComparison.Ordinal);
        Assert.Contains("已受理", trackedHtml, StringComparison.Ordinal);
        Assert.Contains("下一步", trackedHtml, StringComparison.Ordinal);
        Assert.Contains("省投资促进局正在审阅您的咨询", trackedHtml, StringComparison.Ordinal);
        Assert.Contains("您好，我们已收到您的咨询。", trackedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("企业资质待核实", trackedHtml, StringComparison.Ordinal);

        // A wrong email and an unknown code get the same neutral message.
        var (_, wrongEmail) = await visitor.SubmitAsync("/track", "/track", [new("Code", code), new("Email", "someone@else.example")]);
        var (_, wrongCode) = await visitor.SubmitAsync("/track", "/track", [new("Code", "NOPE-0000"), new("Email", email)]);
        Assert.Contains("未找到与该跟踪码和邮箱相符的咨询", wrongEmail, StringComparison.Ordinal);
        Assert.Contains("未找到与该跟踪码和邮箱相符的咨询", wrongCode, StringComparison.Ordinal);
        Assert.DoesNotContain("滇池新材料有限公司", wrongEmail, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_bureau_routes_and_only_that_prefecture_works_the_case()
    {
        var (id, code) = await SubmitAsync("洱海绿色能源有限公司");
        using var bureau = await InquiryTestData.SignedInAsync(portal.App, "bureau-staff", tenant: null);

        var (inbox, inboxHtml) = await bureau.GetAsync("/admin/inquiries?q=" + Uri.EscapeDataString(code));
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Contains("洱海绿色能源有限公司", inboxHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/inquiries/{id}\"", inboxHtml, StringComparison.Ordinal);

        var (detail, detailHtml) = await bureau.GetAsync($"/admin/inquiries/{id}");
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("<h1>洱海绿色能源有限公司</h1>", detailHtml, StringComparison.Ordinal);
        Assert.Contains("转办给", detailHtml, StringComparison.Ordinal);
        Assert.Contains("时间线", detailHtml, StringComparison.Ordinal);

        await PostDetailAsync(bureau, id, "Route", [new("RoutePrefectures", "dali"), new("RouteNote", "大理有合适园区")]);
        var (_, routedHtml) = await bureau.GetAsync($"/admin/inquiries/{id}");
        Assert.Contains("大理白族自治州办理情况", routedHtml, StringComparison.Ordinal);

        using var dali = await InquiryTestData.SignedInAsync(portal.App, "prefecture-staff", "dali");
        using var qujing = await InquiryTestData.SignedInAsync(portal.App, "prefecture-admin", "qujing");

        var (daliInbox, daliInboxHtml) = await dali.GetAsync("/admin/inquiries");
        Assert.Equal(HttpStatusCode.OK, daliInbox.StatusCode);
        Assert.Contains("洱海绿色能源有限公司", daliInboxHtml, StringComparison.Ordinal);
        var (_, qujingInboxHtml) = await qujing.GetAsync("/admin/inquiries");
        Assert.DoesNotContain("洱海绿色能源有限公司", qujingInboxHtml, StringComparison.Ordinal);

        var (otherPrefecture, _) = await qujing.GetAsync($"/admin/inquiries/{id}");
        Assert.Equal(HttpStatusCode.NotFound, otherPrefecture.StatusCode);
        using var forged = await PostDetailRawAsync(qujing, id, "Note", [new("NoteText", "越权"), new("NotePublic", "false")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        // The prefecture's staff see the case's stage forms (no routing) and move it on.
        var (daliDetail, daliHtml) = await dali.GetAsync($"/admin/inquiries/{id}");
        Assert.Equal(HttpStatusCode.OK, daliDetail.StatusCode);
        Assert.Contains("标记为已联系", daliHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"RoutePrefectures\"", daliHtml, StringComparison.Ordinal);
        await PostDetailAsync(dali, id, "Stage", [new("Stage", "contacted"), new("StageNote", "已电话联系")]);

        // Signing without an amount is refused with a message in the signing form.
        using var incomplete = await PostDetailRawAsync(dali, id, "Stage",
            [new("Stage", "signed"), new("SignedOn", "2026-11-20"), new("Sector", "secondary"), new("InvestorProvince", "广东省")]);
        var incompleteHtml = await incomplete.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("<details class=\"case-form\" open=\"open\"", incompleteHtml, StringComparison.Ordinal);

        await PostDetailAsync(dali, id, "Stage",
            [new("Stage", "signed"), new("SignedOn", "2026-11-20"), new("AgreementAmountWan", "120000"), new("Sector", "secondary"), new("Industrial", "true"), new("InvestorProvince", "广东省")]);
        await PostDetailAsync(dali, id, "Funds", [new("FundsAmountWan", "3000"), new("FundsReceivedOn", "2026-11-24")]);
        var (_, signedHtml) = await dali.GetAsync($"/admin/inquiries/{id}");
        Assert.Contains("data-stage=\"signed\"", signedHtml, StringComparison.Ordinal);
        Assert.Contains("120,000", signedHtml, StringComparison.Ordinal);
        Assert.Contains("3,000", signedHtml, StringComparison.Ordinal);
        Assert.Contains("已电话联系", signedHtml, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Staff_record_an_inquiry_from_a_roadshow()
    {
        using var staff = await InquiryTestData.SignedInAsync(portal.App, "prefecture-staff", "qujing");
        var chain = await InquiryTestData.FirstChainAsync(portal.App);
        var (page, html) = await staff.GetAsync("/admin/inquiries/new");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("招商推介会", html, StringComparison.Ordinal);
        Assert.DoesNotContain("个人信息保护说明", html, StringComparison.Ordinal);

        List<KeyValuePair<string, string>> fields =
        [
            new("Source", "roadshow"), new("OccurredOn", "2026-11-18"),
            new("Form.EnterpriseName", "珠江储能科技有限公司"), new("Form.Province", "广东省"), new("Form.ContactName", "陈静"),
            new("Form.Chain", chain), new("Form.InvestmentWan", "30000"), new("Note", "推介会上交换名片"),
        ];
        using var missingMobile = await PostRawAsync(staff, "/admin/inquiries/new", "/admin/inquiries/new", fields);
        Assert.Equal(HttpStatusCode.BadRequest, missingMobile.StatusCode);
        Assert.Contains("id=\"error-mobile\"", await missingMobile.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var recorded = await PostRawAsync(staff, "/admin/inquiries/new", "/admin/inquiries/new", [.. fields, new("Form.Mobile", InquiryTestData.NewMobile())]);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var (detail, detailHtml) = await staff.GetAsync(recorded.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("珠江储能科技有限公司", detailHtml, StringComparison.Ordinal);
        Assert.Contains("招商推介会", detailHtml, StringComparison.Ordinal);
        Assert.Contains("曲靖市办理情况", detailHtml, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_inbox_filters_saves_views_and_highlights_nothing_it_should_not()
    {
        await SubmitAsync("普洱咖啡产业有限公司");
        using var bureau = await InquiryTestData.SignedInAsync(portal.App, "bureau-staff", tenant: null);

        var (page, html) = await bureau.GetAsync("/admin/inquiries?stage=received&q=" + Uri.EscapeDataString("普洱咖啡"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("普洱咖啡产业有限公司", html, StringComparison.Ordinal);
        Assert.Contains("将当前筛选保存为视图", html, StringComparison.Ordinal);

        var (english, englishHtml) = await bureau.GetAsync("/admin/inquiries?culture=en&stage=received&q=" + Uri.EscapeDataString("普洱咖啡"));
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Contains("<html lang=\"en\">", englishHtml, StringComparison.Ordinal);
        Assert.Contains("<h1>Investment inquiries</h1>", englishHtml, StringComparison.Ordinal);
        Assert.Contains(">Received</span>", englishHtml, StringComparison.Ordinal);

        var (_, closedHtml) = await bureau.GetAsync("/admin/inquiries?stage=closed&q=" + Uri.EscapeDataString("普洱咖啡"));
        Assert.DoesNotContain("普洱咖啡产业有限公司", closedHtml, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的咨询", closedHtml, StringComparison.Ordinal);

        using var saved = await PostRawAsync(bureau, "/admin/inquiries?stage=received&q=" + Uri.EscapeDataString("普洱咖啡"), "handler=SaveView", [new("ViewName", "普洱待分拣")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, withView) = await bureau.GetAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("视图“普洱待分拣”已保存", withView, StringComparison.Ordinal);
        Assert.Matches("class=\"chip\" href=\"/admin/inquiries\\?stage=received&amp;q=[^\"]+\" aria-current=\"true\">普洱待分拣</a>", withView);
    }

    [ServiceFact(Service.Postgres)]
    public async Task People_without_an_inquiry_permission_get_403_and_anonymous_visitors_the_login()
    {
        using var host = await portal.App.CreateHostClientAsync();
        using var role = await host.PostAsJsonAsync("/api/admin/roles", new { displayName = "园区编辑 " + Guid.NewGuid().ToString("N")[..6], permissions = new[] { "catalogue.manage" }, tenant = "dali" });
        Assert.Equal(HttpStatusCode.Created, role.StatusCode);
        var roleName = (await role.ReadJsonAsync()).GetProperty("name").GetString()!;
        using var editor = await InquiryTestData.SignedInAsync(portal.App, roleName, "dali");

        var (forbidden, _) = await editor.GetAsync("/admin/inquiries");
        Assert.True(forbidden.StatusCode is HttpStatusCode.Forbidden || forbidden.Headers.Location?.OriginalString.Contains("denied", StringComparison.OrdinalIgnoreCase) == true,
            $"{(int)forbidden.StatusCode} {forbidden.Headers.Location}");
        var (_, dashboard) = await editor.GetAsync("/admin");
        Assert.DoesNotContain("href=\"/admin/inquiries\"", dashboard, StringComparison.Ordinal);

        using var anonymous = new InquirySession(portal.App);
        var (login, _) = await anonymous.GetAsync("/admin/inquiries");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/account/login", login.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var staff = await InquiryTestData.SignedInAsync(portal.App, "prefecture-staff", "dali");
        var (_, staffDashboard) = await staff.GetAsync("/admin");
        Assert.Contains("href=\"/admin/inquiries\"", staffDashboard, StringComparison.Ordinal);
    }

    private async Task<(Guid Id, string Code)> SubmitAsync(string enterprise)
    {
        using var visitor = new InquirySession(portal.App);
        var chain = await InquiryTestData.FirstChainAsync(portal.App);
        var (_, html) = await visitor.SubmitAsync("/inquire", "/inquire", InquiryTestData.ValidForm(chain, InquiryTestData.NewEmail(), enterprise));
        var code = InquiryTestData.TrackingCode(html);
        return (await FindIdAsync(code), code);
    }

    private async Task<Guid> FindIdAsync(string trackingCode)
    {
        using var host = await portal.App.CreateHostClientAsync();
        var list = await host.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/admin/inquiries?q=" + Uri.EscapeDataString(trackingCode));
        return list.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>Posts one of the detail page's forms and expects the redirect back to the page (the action was done).</summary>
    private static async Task PostDetailAsync(InquirySession session, Guid id, string handler, List<KeyValuePair<string, string>> fields)
    {
        using var response = await PostDetailRawAsync(session, id, handler, fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {ErrorsOf(html)}");
        Assert.Equal($"/admin/inquiries/{id}", response.Headers.Location!.OriginalString);
    }

    /// <summary>
    /// Posts a form of the detail page with the session's antiforgery token (taken from the inbox, which every
    /// desk user can open), so a post to an inquiry the session cannot see is a forged one.
    /// </summary>
    private static Task<HttpResponseMessage> PostDetailRawAsync(InquirySession session, Guid id, string handler, List<KeyValuePair<string, string>> fields) =>
        PostRawAsync(session, "/admin/inquiries", $"/admin/inquiries/{id}?handler={handler}", fields);

    private static async Task<HttpResponseMessage> PostRawAsync(InquirySession session, string page, string action, List<KeyValuePair<string, string>> fields)
    {
        var (_, html) = await session.GetAsync(page);
        var token = TokenPattern().Match(html).Groups[1].Value;
        var target = action.StartsWith('/') ? action : page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + action;
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", WebUtility.HtmlDecode(token)) };
        return await session.Http.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(body));
    }

    private async Task<PublishedParkDto> FirstPublishedParkAsync()
    {
        using var scope = portal.App.Services.CreateScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogueModule>();
        var id = (await catalogue.ListPublishedIdsAsync(CatalogueItemKinds.Park, null, 1))[0];
        return (await catalogue.FindPublishedParkAsync(id))!;
    }

    private static string ErrorsOf(string html) =>
        string.Join(" | ", ErrorPattern().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("class=\"(?:alert alert-error|field-error)\"[^>]*>([^<]*)<")]
    private static partial Regex ErrorPattern();
}

/// <summary>The inquiry pages' texts: both languages, and a label for every code the contracts define.</summary>
public sealed class InquiryTextTests
{
    [Fact]
    public void Every_inquiry_text_exists_in_Chinese_and_English()
    {
        var resources = new ResourceManager(typeof(InquiryText).FullName!, typeof(InquiryText).Assembly);
        HashSet<string> Keys(CultureInfo culture) =>
            resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set
                ? [.. set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)]
                : [];

        var chinese = Keys(CultureInfo.InvariantCulture);
        var english = Keys(new CultureInfo("en"));
        Assert.NotEmpty(chinese);
        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));

        // Every code the contracts define has a label, so no page ever shows a raw code.
        var codes = InquiryStages.All.Select(c => "Stage_" + c)
            .Concat(InquirySources.All.Select(c => "Source_" + c))
            .Concat(Sectors.All.Select(c => "Sector_" + c))
            .Concat(CloseReasons.All.Append(CloseReasons.Rerouted).Select(c => "CloseReason_" + c))
            .Concat(DeadlineSteps.All.Select(c => "Deadline_" + c))
            .Concat(new[]
            {
                TrackingNextSteps.AwaitingReview, TrackingNextSteps.AwaitingContact, TrackingNextSteps.InDiscussion,
                TrackingNextSteps.Implementation, TrackingNextSteps.Landed, TrackingNextSteps.None,
            }.Select(c => "NextStep_" + c))
            .Concat(typeof(TimelineKinds).GetFields().Select(field => "Kind_" + (string)field.GetValue(null)!));
        Assert.DoesNotContain(codes, code => !chinese.Contains(code));
    }
}
