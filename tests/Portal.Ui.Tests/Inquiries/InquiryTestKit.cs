using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Catalogue.Contracts;
using Portal.Testing;
using Xunit;

namespace Portal.Ui.Tests.Inquiries;

/// <summary>
/// The portal in memory on a fresh PostgreSQL database with the demo data (16 prefectures, chains, parks), with
/// the intake's minimum fill time off and a generous rate limit, so that tests can post the form as fast as
/// they like. The spam defence itself is still tested: a filled honeypot and a missing form token are refused.
/// </summary>
public sealed class InquiryPortalFixture : IAsyncLifetime
{
    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is null)
        {
            _app = await PortalApp.StartAsync(settings =>
            {
                settings.DemoData = true;
                settings.Settings["Inquiries:Intake:MinimumFillTime"] = "00:00:00";
                settings.Settings["Inquiries:Intake:RateLimit"] = "1000";
            });
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>
/// A browser without a browser: a cookie jar, no automatic redirects, and forms posted with the antiforgery
/// token and the hidden fields of the page's form, as a browser sends them.
/// </summary>
internal sealed partial class InquirySession(PortalApp app) : IDisposable
{
    public const string Password = "Yunnan-Portal-2026";

    public HttpClient Http { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<(HttpResponseMessage Response, string Html)> GetAsync(string path)
    {
        var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Opens <paramref name="page"/>, takes the hidden fields of its form whose action contains
    /// <paramref name="action"/> (antiforgery token, form token…), adds <paramref name="fields"/> and posts it.
    /// </summary>
    public async Task<(HttpResponseMessage Response, string Html)> SubmitAsync(string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var (opened, html) = await GetAsync(page);
        Assert.True(opened.StatusCode == HttpStatusCode.OK, $"GET {page}: {(int)opened.StatusCode}");
        // A form without an action posts back to its page.
        string ActionOf(string form) => ActionAttribute().Match(form) is { Success: true } found ? WebUtility.HtmlDecode(found.Groups[1].Value) : page;
        var form = FormElement().Matches(html).Select(match => match.Value)
            .First(candidate => FormTag().Match(candidate).Value.Contains("method=\"post\"", StringComparison.Ordinal) && ActionOf(candidate).Contains(action, StringComparison.Ordinal));
        var target = ActionOf(form);
        var hidden = HiddenInput().Matches(form)
            .Select(match => new KeyValuePair<string, string>(WebUtility.HtmlDecode(match.Groups["name"].Value), WebUtility.HtmlDecode(match.Groups["value"].Value)));
        var names = fields.Select(field => field.Key).ToHashSet(StringComparer.Ordinal);
        var body = hidden.Where(field => !names.Contains(field.Key)).Concat(fields).ToList();
        var response = await Http.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(body));
        return (response, await response.Content.ReadAsStringAsync());
    }

    public async Task SignInAsync(string login, string password)
    {
        var (response, html) = await SubmitAsync("/account/login", "/account/login", [new("Login", login), new("Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {login}: {(int)response.StatusCode} {html[..Math.Min(300, html.Length)]}");
        response.Dispose();
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("<form[\\s\\S]*?</form>")]
    private static partial Regex FormElement();

    [GeneratedRegex("^<form[^>]*>")]
    private static partial Regex FormTag();

    [GeneratedRegex("^<form[^>]*\\baction=\"([^\"]*)\"")]
    private static partial Regex ActionAttribute();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"|<input name=\"(?<name>__RequestVerificationToken)\" type=\"hidden\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}

/// <summary>Users, data and the form's fields the inquiry tests share.</summary>
internal static class InquiryTestData
{
    private const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>A fresh valid unified social credit code (GB 32100-2015 check character) of a company in Kunming.</summary>
    public static string NewCreditCode()
    {
        var body = "91530100" + string.Concat(Enumerable.Range(0, 9).Select(_ => CreditCodeAlphabet[Random.Shared.Next(CreditCodeAlphabet.Length)]));
        var sum = body.Select((c, i) => CreditCodeAlphabet.IndexOf(c, StringComparison.Ordinal) * CreditCodeWeights[i]).Sum();
        return body + CreditCodeAlphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>A fresh mainland mobile number (so inquiries of different tests are not duplicates of each other).</summary>
    public static string NewMobile() => "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<string> CreateUserAsync(PortalApp app, string role, string? tenant)
    {
        using var host = await app.CreateHostClientAsync();
        var name = $"inq-{Guid.NewGuid():N}"[..12];
        using var response = await host.PostAsJsonAsync("/api/admin/users", new
        {
            userName = name,
            email = $"{name}@inquiry.example",
            roles = new[] { role },
            tenant,
            password = InquirySession.Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return name;
    }

    public static async Task<InquirySession> SignedInAsync(PortalApp app, string role, string? tenant)
    {
        var session = new InquirySession(app);
        await session.SignInAsync(await CreateUserAsync(app, role, tenant), InquirySession.Password);
        return session;
    }

    public static async Task<InquirySession> HostAdminAsync(PortalApp app)
    {
        var session = new InquirySession(app);
        await session.SignInAsync("admin", PortalApp.AdminPassword);
        return session;
    }

    public static async Task<string> FirstChainAsync(PortalApp app)
    {
        using var scope = app.Services.CreateScope();
        var chains = await scope.ServiceProvider.GetRequiredService<ICatalogueModule>().ListIndustryChainsAsync();
        return chains[0].Code;
    }

    /// <summary>The public form's fields for a valid inquiry (a fresh enterprise, so no duplicate flag unless wanted).</summary>
    public static List<KeyValuePair<string, string>> ValidForm(string chain, string email, string enterprise, string? prefecture = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.EnterpriseName", enterprise),
            new("Form.CreditCode", NewCreditCode()),
            new("Form.Province", "广东省"),
            new("Form.ContactName", "张伟"),
            new("Form.Mobile", NewMobile()),
            new("Form.Email", email),
            new("Form.Chain", chain),
            new("Form.InvestmentWan", "50000"),
            new("Form.LandMu", "300"),
            new("Form.PowerKw", "20000"),
            new("Form.Message", "计划建设电池材料生产基地。"),
            new("Form.Consent", "true"),
        };
        if (prefecture is not null)
        {
            fields.Add(new("Form.Prefectures", prefecture));
        }

        return fields;
    }

    public static string NewEmail() => $"ent-{Guid.NewGuid():N}"[..16] + "@enterprise.example";

    /// <summary>The tracking code on the success page.</summary>
    public static string TrackingCode(string html) =>
        Regex.Match(html, "data-tracking-code>([^<]+)<") is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("No tracking code on the page: " + html[..Math.Min(2000, html.Length)]);
}
