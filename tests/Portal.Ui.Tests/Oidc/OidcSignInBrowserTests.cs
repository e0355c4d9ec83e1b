using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Testing;
using Portal.Ui.Tests.Infrastructure;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Portal.Ui.Tests.Oidc;

/// <summary>
/// A person signs in to a third-party app through the portal, in a real Chromium: the app (ASP.NET Core's
/// OpenID Connect handler, configured from the portal's discovery document) sends the browser to
/// <c>/connect/authorize</c> with a PKCE challenge, the portal's login page asks for the password, the
/// consent page (in Chinese) asks for agreement, and back at the app the access token calls the portal's API.
/// </summary>
public sealed class OidcSignInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task A_third_party_app_signs_the_host_admin_in_with_code_and_PKCE_and_calls_the_api()
    {
        await using var app = await ThirdPartyApp.StartAsync(browser.BaseAddress);
        app.ClientId = await PortalAdmin.RegisterPublicClientAsync(browser.BaseAddress, "招商合作伙伴应用", app.RedirectUri);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(app.BaseAddress.ToString());
        await SignInAsync(page);

        await Expect(page).ToHaveURLAsync(new Regex("/connect/consent\\?"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("授权第三方应用");
        await Expect(page.Locator(".consent-lead")).ToHaveTextAsync("“招商合作伙伴应用” 请求以您的身份访问云南省投资促进门户。");
        await Expect(page.Locator(".consent-scopes")).ToContainTextAsync("在您离开后继续保持访问");
        await Expect(page.Locator(".consent-permissions")).ToContainTextAsync("管理接入应用（客户端）");
        await Screenshots.SaveAsync(page, "oidc-consent-zh");
        await page.GetByRole(AriaRole.Button, new() { Name = "允许" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseAddress.ToString());
        await Expect(page.Locator("#api-status")).ToHaveTextAsync("200");
        await Expect(page.Locator("#api-result")).ToContainTextAsync(PortalApp.HostClientId);
        await Expect(page.Locator("#api-result")).ToContainTextAsync(app.ClientId);
        await Expect(page.Locator("#username")).ToHaveTextAsync("admin");
        await Expect(page.Locator("#has-id-token")).ToHaveTextAsync("yes");
        await Expect(page.Locator("#has-refresh-token")).ToHaveTextAsync("yes");
        await Expect(page.Locator("#sub")).ToHaveTextAsync(await PortalAdmin.UserIdAsync(browser.BaseAddress, "admin"));
        await Screenshots.SaveAsync(page, "oidc-third-party-app-signed-in");
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task Saying_no_on_the_consent_page_sends_the_person_back_to_the_app_refused()
    {
        await using var app = await ThirdPartyApp.StartAsync(browser.BaseAddress);
        app.ClientId = await PortalAdmin.RegisterPublicClientAsync(browser.BaseAddress, "Partner app", app.RedirectUri);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(app.BaseAddress.ToString());
        await SignInAsync(page);
        await Expect(page).ToHaveURLAsync(new Regex("/connect/consent\\?"));
        await page.GetByRole(AriaRole.Button, new() { Name = "拒绝" }).ClickAsync();

        await Expect(page.Locator("#refused")).ToBeVisibleAsync();
        await Expect(page.Locator("#error")).ToContainTextAsync("access_denied");
    }

    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task The_consent_page_speaks_English_when_asked()
    {
        await using var app = await ThirdPartyApp.StartAsync(browser.BaseAddress);
        app.ClientId = await PortalAdmin.RegisterPublicClientAsync(browser.BaseAddress, "Partner app", app.RedirectUri);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/culture?culture=en&returnUrl=/");

        await page.GotoAsync(app.BaseAddress.ToString());
        await SignInAsync(page);

        await Expect(page).ToHaveURLAsync(new Regex("/connect/consent\\?"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Authorize an application");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Allow" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "oidc-consent-en");
    }

    /// <summary>
    /// The same app without a browser: plain HTTP with a cookie jar, submitting each page's form as a
    /// browser would (login, consent, and the portal's <c>form_post</c> answer back to the app).
    /// </summary>
    [ServiceFact(Service.Chromium, Service.Postgres)]
    public async Task The_OpenIdConnect_handler_completes_the_flow_over_plain_http()
    {
        await using var app = await ThirdPartyApp.StartAsync(browser.BaseAddress);
        app.ClientId = await PortalAdmin.RegisterPublicClientAsync(browser.BaseAddress, "HTTP partner", app.RedirectUri);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        using var http = new HttpClient(handler);

        // The app challenges: discovery, then /connect/authorize, which sends us to the login page.
        using var login = await http.GetAsync(app.BaseAddress);
        Assert.Equal("/account/login", login.RequestMessage!.RequestUri!.AbsolutePath);
        var (loginAction, loginFields) = HtmlForms.FirstForm(await login.Content.ReadAsStringAsync(), login.RequestMessage.RequestUri, "name=\"Password\"");
        loginFields.Add(new("Login", "admin"));
        loginFields.Add(new("Password", PortalApp.AdminPassword));

        using var consent = await http.PostAsync(loginAction, new FormUrlEncodedContent(loginFields));
        Assert.Equal("/connect/consent", consent.RequestMessage!.RequestUri!.AbsolutePath);
        var (consentAction, consentFields) = HtmlForms.FirstForm(await consent.Content.ReadAsStringAsync(), consent.RequestMessage.RequestUri, "name=\"consent\"");
        consentFields.Add(new("consent", "accept"));

        // The portal answers the handler's response_mode=form_post with a self-submitting form to the app.
        using var formPost = await http.PostAsync(consentAction, new FormUrlEncodedContent(consentFields));
        Assert.Equal(HttpStatusCode.OK, formPost.StatusCode);
        var (callback, callbackFields) = HtmlForms.FirstForm(await formPost.Content.ReadAsStringAsync(), formPost.RequestMessage!.RequestUri!);
        Assert.Equal(app.RedirectUri, callback);
        Assert.Contains(callbackFields, field => field.Key == "code");

        using var home = await http.PostAsync(callback, new FormUrlEncodedContent(callbackFields));
        var html = await home.Content.ReadAsStringAsync();
        Assert.True(home.StatusCode == HttpStatusCode.OK, html);
        Assert.Equal(app.BaseAddress, home.RequestMessage!.RequestUri);
        Assert.Contains($"<dd id=\"sub\">{await PortalAdmin.UserIdAsync(browser.BaseAddress, "admin")}</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"api-status\">200</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"has-id-token\">yes</dd>", html, StringComparison.Ordinal);
    }

    private static async Task SignInAsync(IPage page)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl="));
        await page.Locator("#login").FillAsync("admin");
        await page.Locator("#password").FillAsync(PortalApp.AdminPassword);
        await page.Locator("form.form-stack button[type=submit]").ClickAsync();
    }
}
