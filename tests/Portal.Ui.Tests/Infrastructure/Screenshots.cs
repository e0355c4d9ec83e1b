using Microsoft.Playwright;

namespace Portal.Ui.Tests.Infrastructure;

/// <summary>
/// Full-page screenshots for people to look at (fonts, layout, both languages): written beside the
/// test assembly under <c>screenshots/</c> and copied to <c>/tmp/portal-screenshots/</c>, which
/// survives the build output being cleaned.
/// </summary>
internal static class Screenshots
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
    public const string SharedFolder = "/tmp/portal-screenshots";

    public static async Task SaveAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        try
        {
            Directory.CreateDirectory(SharedFolder);
            File.Copy(path, Path.Combine(SharedFolder, name + ".png"), overwrite: true);
        }
        catch (IOException)
        {
            // A convenience copy only; the one beside the assembly is the record.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: /tmp may be read-only somewhere; the test itself is about the page.
        }
    }
}
