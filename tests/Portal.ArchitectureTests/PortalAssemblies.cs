using System.Reflection;
using Portal.BuildingBlocks.Modules;

namespace Portal.ArchitectureTests;

/// <summary>The assemblies the rules talk about, found from the host's explicit module list.</summary>
internal static class PortalAssemblies
{
    public static Assembly BuildingBlocks { get; } = typeof(IModule).Assembly;

    public static Assembly Host { get; } = typeof(Program).Assembly;

    public static Assembly Ui { get; } = typeof(Portal.Ui.PortalUi).Assembly;

    /// <summary>Module implementation assemblies (Portal.Tenancy, Portal.Identity, …).</summary>
    public static IReadOnlyList<Assembly> Modules { get; } =
        [.. Host.GetReferencedAssemblies()
            .Where(name => name.Name!.StartsWith("Portal.", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Where(assembly => assembly.GetTypes().Any(type => typeof(IModule).IsAssignableFrom(type) && !type.IsInterface))];

    /// <summary>Contracts assemblies of every module.</summary>
    public static IReadOnlyList<Assembly> Contracts { get; } =
        [.. Modules.SelectMany(module => module.GetReferencedAssemblies())
            .Where(name => name.Name!.EndsWith(".Contracts", StringComparison.Ordinal))
            .DistinctBy(name => name.Name)
            .Select(Assembly.Load)];
}
