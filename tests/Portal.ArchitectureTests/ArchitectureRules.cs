using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace Portal.ArchitectureTests;

/// <summary>
/// The rules as functions of assemblies, so that a test can also run them against a deliberate
/// violation and prove they fail.
/// </summary>
internal static class ArchitectureRules
{
    /// <summary>Names of the types in <paramref name="subject"/> that use another module's implementation (not its Contracts).</summary>
    public static IReadOnlyList<string> UsesOfOtherModulesInternals(Assembly subject, IEnumerable<Assembly> modules)
    {
        var forbidden = modules
            .Where(module => module != subject)
            .SelectMany(module => module.GetTypes())
            .Select(type => type.FullName!)
            .Where(name => !name.Contains('<', StringComparison.Ordinal))
            .ToArray();
        if (forbidden.Length == 0)
        {
            return [];
        }

        var result = Types.InAssembly(subject).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return result.IsSuccessful ? [] : [.. result.FailingTypeNames ?? []];
    }

    /// <summary>Public types of a module implementation other than its IModule class (generated migrations excepted).</summary>
    public static IReadOnlyList<string> PublicTypesBesidesTheModule(Assembly module) =>
        [.. module.GetExportedTypes()
            .Where(type => !typeof(Portal.BuildingBlocks.Modules.IModule).IsAssignableFrom(type))
            .Where(type => type.Namespace?.Contains(".Migrations", StringComparison.Ordinal) != true)
            .Select(type => type.FullName!)];

    /// <summary>Methods outside <see cref="Portal.BuildingBlocks.Persistence.CrossTenantReader"/> that switch off query filters.</summary>
    public static IReadOnlyList<string> QueryFilterBypasses(Assembly assembly)
    {
        const string allowedType = "Portal.BuildingBlocks.Persistence.CrossTenantReader";
        using var definition = AssemblyDefinition.ReadAssembly(assembly.Location);
        return [.. definition.MainModule.GetTypes()
            .Where(type => type.FullName != allowedType)
            .SelectMany(type => type.Methods.Where(method => method.HasBody).Select(method => (type, method)))
            .Where(pair => pair.method.Body.Instructions.Any(CallsIgnoreQueryFilters))
            .Select(pair => $"{pair.type.FullName}.{pair.method.Name}")
            .Distinct()];
    }

    private static bool CallsIgnoreQueryFilters(Instruction instruction) =>
        (instruction.OpCode == OpCodes.Call || instruction.OpCode == OpCodes.Callvirt)
        && instruction.Operand is MethodReference { Name: "IgnoreQueryFilters" };
}
