using Portal.BuildingBlocks.Modules;
using NetArchTest.Rules;
using Xunit;

namespace Portal.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_host_lists_at_least_the_tenancy_and_identity_modules() =>
        Assert.Contains(PortalAssemblies.Modules, module => module.GetName().Name == "Portal.Tenancy");

    [Fact]
    public void A_module_uses_other_modules_only_through_their_contracts()
    {
        foreach (var module in PortalAssemblies.Modules)
        {
            Assert.Empty(ArchitectureRules.UsesOfOtherModulesInternals(module, PortalAssemblies.Modules));
        }
    }

    [Fact]
    public void Contracts_and_the_ui_never_use_a_module_implementation()
    {
        foreach (var assembly in PortalAssemblies.Contracts.Append(PortalAssemblies.Ui))
        {
            Assert.Empty(ArchitectureRules.UsesOfOtherModulesInternals(assembly, PortalAssemblies.Modules));
        }
    }

    [Fact]
    public void Building_blocks_know_no_module()
    {
        var moduleNamespaces = PortalAssemblies.Modules.Concat(PortalAssemblies.Contracts)
            .Select(assembly => assembly.GetName().Name!)
            .ToArray();
        var result = Types.InAssembly(PortalAssemblies.BuildingBlocks).ShouldNot().HaveDependencyOnAny(moduleNamespaces).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void A_module_shows_one_public_type_its_module_class()
    {
        foreach (var module in PortalAssemblies.Modules)
        {
            Assert.Empty(ArchitectureRules.PublicTypesBesidesTheModule(module));
            Assert.Single(module.GetExportedTypes(), type => typeof(IModule).IsAssignableFrom(type));
        }
    }

    [Fact]
    public void Only_the_cross_tenant_reader_switches_off_query_filters()
    {
        foreach (var assembly in PortalAssemblies.Modules.Append(PortalAssemblies.BuildingBlocks).Append(PortalAssemblies.Host))
        {
            Assert.Empty(ArchitectureRules.QueryFilterBypasses(assembly));
        }
    }
}
