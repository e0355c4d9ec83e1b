using System.Xml.Linq;
using Xunit;

namespace Portal.Audit.Tests.Unit;

/// <summary>Every text of the audit log exists in zh-CN and in English.</summary>
public sealed class ResourceParityTests
{
    [Theory]
    [InlineData("modules/Audit/Portal.Audit/Localization/AuditMessages")]
    [InlineData("angular-free-ui/Portal.Ui/Pages/Admin/Audit/AuditText")]
    public void Both_languages_have_the_same_keys_and_no_empty_value(string resource)
    {
        var root = RepositoryRoot();
        var chinese = Keys(Path.Combine(root, resource + ".resx"));
        var english = Keys(Path.Combine(root, resource + ".en.resx"));

        Assert.Empty(chinese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.DoesNotContain(chinese.Concat(english), pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    private static Dictionary<string, string> Keys(string path) => XDocument.Load(path).Root!.Elements("data")
        .ToDictionary(data => data.Attribute("name")!.Value, data => data.Element("value")?.Value ?? "");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above the test binaries.");
    }
}
