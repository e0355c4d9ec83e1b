using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Identity.Users;

/// <summary>
/// A browser without a browser: a cookie jar, no automatic redirects, and forms posted with the antiforgery
/// token read from the page, exactly as the sign-in form sends them.
/// </summary>
public sealed partial class BackOffice(PortalApp app) : IDisposable
{
    public HttpClient Http { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Reads the antiforgery token of the form on <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path)
    {
        using var page = await Http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)page.StatusCode} {html[..Math.Min(300, html.Length)]}");
        return TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    /// <summary>Posts a form from <paramref name="formPage"/> to <paramref name="action"/> (default: the same page) with its token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, IDictionary<string, string> fields, string? action = null)
    {
        var token = await TokenAsync(formPage);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await Http.PostAsync(new Uri(action ?? formPage, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    public Task<HttpResponseMessage> LoginAsync(string login, string password, string? returnUrl = null)
    {
        var page = returnUrl is null ? "/account/login" : $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var fields = new Dictionary<string, string> { ["Login"] = login, ["Password"] = password };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return PostFormAsync(page, fields);
    }

    /// <summary>Signs in and asserts it worked (a redirect away from the login page).</summary>
    public async Task SignInAsync(string login, string password)
    {
        using var response = await LoginAsync(login, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {login}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain("/account/login", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>Calls of the users API and reads of the database the tests share.</summary>
internal static class UsersApi
{
    public const string StrongPassword = "Yunnan-Portal-2026";

    public static async Task<JsonElement> CreateUserAsync(HttpClient caller, object body)
    {
        using var response = await caller.PostAsJsonAsync("/api/admin/users", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>The Identity outbox's audit entries with the given action (payload JSON), newest last.</summary>
    public static async Task<List<JsonElement>> AuditEntriesAsync(PortalApp app, string action)
    {
        await using var connection = new NpgsqlConnection(app.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"Payload\" FROM identity.outbox_messages WHERE \"Type\" = 'Portal.Audit.Contracts.AuditRecorded' ORDER BY \"OccurredAt\"", connection);
        var result = new List<JsonElement>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var entry = JsonDocument.Parse(reader.GetString(0)).RootElement.Clone();
            if (entry.GetProperty("action").GetString() == action)
            {
                result.Add(entry);
            }
        }

        return result;
    }

    /// <summary>Waits for a mail to <paramref name="to"/> in the pickup folder and returns its decoded text.</summary>
    public static async Task<string> WaitForMailAsync(PortalApp app, string to, int alreadySeen = 0)
    {
        var folder = Path.Combine(app.DataPath, "mail-pickup");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Directory.Exists(folder))
            {
                var mails = Directory.GetFiles(folder, "*.eml")
                    .Select(file => (file, text: File.ReadAllText(file)))
                    .Where(mail => mail.text.Contains(to, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(mail => File.GetLastWriteTimeUtc(mail.file))
                    .ToList();
                if (mails.Count > alreadySeen)
                {
                    return Mime.DecodeBody(mails[^1].text);
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No mail to {to} in {folder}.");
    }

    public static int MailCount(PortalApp app, string to)
    {
        var folder = Path.Combine(app.DataPath, "mail-pickup");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Count(file => File.ReadAllText(file).Contains(to, StringComparison.OrdinalIgnoreCase))
            : 0;
    }

    /// <summary>RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) from a base32 key, as an authenticator app computes it.</summary>
    public static string Totp(string base32Key, DateTimeOffset? at = null)
    {
        var key = Base32(base32Key);
        var counter = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

#pragma warning disable CA5350 // RFC 6238's default algorithm, the one authenticator apps use.
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}

/// <summary>Just enough MIME to read the body of the portal's own plain-text mails.</summary>
internal static class Mime
{
    public static string DecodeBody(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = eml[..split];
        var body = eml[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal)));
        }

        if (headers.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            var joined = body.Replace("=\r\n", "", StringComparison.Ordinal);
            var bytes = new List<byte>();
            for (var i = 0; i < joined.Length; i++)
            {
                if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
                {
                    bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(joined[i].ToString()));
                }
            }

            return System.Text.Encoding.UTF8.GetString([.. bytes]);
        }

        return body;
    }

    public static string ResetLink(string body) =>
        Regex.Match(body, @"https?://\S+/account/reset-password\?\S+") is { Success: true } match
            ? match.Value
            : throw new InvalidOperationException($"No reset link in the mail: {body}");
}
