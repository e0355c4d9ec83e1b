using Portal.BuildingBlocks.Modules;
using Xunit;

namespace Portal.Catalogue.Tests.Features;

/// <summary>The module's side of the architecture rules, checked where the module is built.</summary>
public sealed class ModuleShapeTests
{
    [Fact]
    public void The_module_shows_one_public_type_besides_its_generated_migrations()
    {
        var exported = typeof(CatalogueModule).Assembly.GetExportedTypes()
            .Where(type => type.Namespace?.Contains(".Migrations", StringComparison.Ordinal) != true)
            .ToList();

        Assert.Equal([typeof(CatalogueModule)], exported);
        Assert.True(typeof(IModule).IsAssignableFrom(typeof(CatalogueModule)));
    }

    [Fact]
    public void The_module_references_other_modules_through_their_contracts_only()
    {
        var portal = typeof(CatalogueModule).Assembly.GetReferencedAssemblies()
            .Select(name => name.Name!)
            .Where(name => name.StartsWith("Portal.", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        // Identity's permission names are constants, compiled in, so that reference may not show.
        Assert.Subset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "Portal.BuildingBlocks", "Portal.Catalogue.Contracts", "Portal.Identity.Contracts", "Portal.Tenancy.Contracts", "Portal.Audit.Contracts",
            },
            portal);
        Assert.Contains("Portal.Tenancy.Contracts", portal);
        Assert.Contains("Portal.Audit.Contracts", portal);
    }
}
