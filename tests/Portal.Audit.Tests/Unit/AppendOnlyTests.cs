using System.Reflection;
using Portal.Audit.Domain;
using Xunit;

namespace Portal.Audit.Tests.Unit;

public sealed class AppendOnlyTests
{
    [Fact]
    public void An_entry_has_no_public_setter_and_no_method_that_changes_it()
    {
        var type = typeof(AuditEntry);

        Assert.All(type.GetProperties(), property => Assert.False(property.SetMethod?.IsPublic ?? false, property.Name));
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(method => !method.IsSpecialName)
            .Select(method => method.Name);
        Assert.Empty(methods);
    }
}
