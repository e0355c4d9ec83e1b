using Xunit;

namespace Portal.Testing;

/// <summary>A fact that needs real services; skips with a reason outside tests/run.sh, fails in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServiceFactAttribute : FactAttribute
{
    public ServiceFactAttribute(params Service[] needed) => Skip = TestServices.SkipUnless(needed);
}

/// <summary>A theory that needs real services; skips with a reason outside tests/run.sh, fails in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServiceTheoryAttribute : TheoryAttribute
{
    public ServiceTheoryAttribute(params Service[] needed) => Skip = TestServices.SkipUnless(needed);
}
