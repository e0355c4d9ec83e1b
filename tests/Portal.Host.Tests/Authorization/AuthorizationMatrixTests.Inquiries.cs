using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace Portal.Host.Tests.Authorization;

/// <summary>Inquiries: the bureau's inbox and the prefectures' cases.</summary>
// Properties, not fields: static fields of partial files initialise in no guaranteed order.
public sealed partial class AuthorizationMatrixTests
{
    //                                                            anonymous host  bureau adminA staffA adminB clientA hostClient
    private static string[] InquiryApiRows =>
    [
        "GET    /api/admin/inquiries                     A        401  ok   ok   ok   ok   ok   ok   ok",
        "GET    /api/admin/inquiries                     B        401  ok   ok   ok   ok   ok   ok   ok",
        "POST   /api/admin/inquiries                     A        401  ok   ok   ok   ok   ok   ok   ok",
        "GET    /api/admin/inquiries/owners              A        401  ok   ok   403  403  403  403  ok",
        "GET    /api/admin/inquiries/views               A        401  ok   ok   ok   ok   ok   ok   ok",
        "POST   /api/admin/inquiries/views               A        401  ok   ok   ok   ok   ok   ok   ok",
        // Views belong to their caller: a fresh inquiry's id is nobody's view.
        "DELETE /api/admin/inquiries/views/{id}          A        401  404  404  404  404  404  404  404",
        .. CaseRows("", "GET"),
        .. CaseRows("/stage"),
        .. CaseRows("/funds"),
        .. CaseRows("/notes"),
        .. CaseRows("/waiting"),
        .. BureauRows("/route"),
        .. BureauRows("/owner"),
        .. BureauRows("/merge"),
        .. BureauRows("/suggestions", "GET"),
    ];

    private static string[] InquiryPageRows =>
    [
    ];

    /// <summary>Case work: the bureau and the prefecture the inquiry is routed to; another prefecture gets a 404.</summary>
    private static IEnumerable<string> CaseRows(string action, string method = "POST") =>
    [
        $"{method,-6} /api/admin/inquiries/{{id}}{action}   A     401  ok   ok   ok   ok   404  ok   ok",
        $"{method,-6} /api/admin/inquiries/{{id}}{action}   B     401  ok   ok   404  404  ok   404  ok",
    ];

    /// <summary>Triage and routing: the bureau only (inquiries.route is host-only).</summary>
    private static IEnumerable<string> BureauRows(string action, string method = "POST") =>
    [
        $"{method,-6} /api/admin/inquiries/{{id}}{action}   A     401  ok   ok   403  403  403  403  ok",
        $"{method,-6} /api/admin/inquiries/{{id}}{action}   B     401  ok   ok   403  403  403  403  ok",
    ];

    /// <summary>A fresh inquiry, recorded by the bureau and routed to the row's prefecture, for routes under <c>/api/admin/inquiries/{id}</c>.</summary>
    private static async Task<string?> ResolveInquiryIdAsync(string area, HttpClient host, string slug)
    {
        if (area != "inquiries")
        {
            return null;
        }

        using var recorded = await host.PostAsJsonAsync("/api/admin/inquiries", new
        {
            source = "phone", enterpriseName = "矩阵测试装备有限公司", province = "广东省", contactName = "陈志强", mobile = "13912345678",
            chain = "equipment-manufacturing", investmentWan = 1000m, message = "权限矩阵测试",
        });
        var text = await recorded.Content.ReadAsStringAsync();
        Assert.True(recorded.StatusCode == HttpStatusCode.Created, $"recording a fresh inquiry: {(int)recorded.StatusCode} {text}");
        var id = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
        using var routed = await host.PostAsJsonAsync($"/api/admin/inquiries/{id}/route", new { prefectures = new[] { slug } });
        Assert.True(routed.StatusCode == HttpStatusCode.OK, $"routing a fresh inquiry to {slug}: {(int)routed.StatusCode} {await routed.Content.ReadAsStringAsync()}");
        return id;
    }
}
