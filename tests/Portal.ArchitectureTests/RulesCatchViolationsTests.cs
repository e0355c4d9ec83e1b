using Xunit;

namespace Portal.ArchitectureTests;

/// <summary>Each rule, applied to code that breaks it on purpose (Violations/), reports the breach.</summary>
public sealed class RulesCatchViolationsTests
{
    private static readonly System.Reflection.Assembly Violations = typeof(RulesCatchViolationsTests).Assembly;

    [Fact]
    public void The_boundary_rule_reports_a_use_of_another_modules_implementation() =>
        Assert.Contains(
            "Portal.ArchitectureTests.Violations.UsesTenancyImplementation",
            ArchitectureRules.UsesOfOtherModulesInternals(Violations, PortalAssemblies.Modules));

    [Fact]
    public void The_visibility_rule_reports_a_public_type_besides_the_module() =>
        Assert.Contains(
            "Portal.ArchitectureTests.Violations.UsesTenancyImplementation",
            ArchitectureRules.PublicTypesBesidesTheModule(Violations));

    [Fact]
    public void The_query_filter_rule_reports_a_bypass_outside_the_cross_tenant_reader() =>
        Assert.Contains(
            "Portal.ArchitectureTests.Violations.BypassesTheTenantFilter.ReadEverything",
            ArchitectureRules.QueryFilterBypasses(Violations));
}
