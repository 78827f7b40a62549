using System.Reflection;
using Blog.ContractTests.Specs;

namespace Blog.ContractTests.Harness;

/// <summary>A runner lists its test classes by hand, so a spec class it forgets would silently never run.</summary>
public static class SpecCoverage
{
    public static void AssertEverySpecRunsOnEachDatabase(Assembly runner)
    {
        var specs = typeof(ContractSpec).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSubclassOf(typeof(ContractSpec)));
        var missing = specs
            .Select(spec => (spec, runs: runner.GetTypes().Count(t => !t.IsAbstract && t.IsSubclassOf(spec))))
            .Where(s => s.runs != Enum.GetValues<DatabaseKind>().Length)
            .Select(s => $"{s.spec.Name} ({s.runs} test classes)")
            .ToList();
        Assert.True(missing.Count == 0,
            $"{runner.GetName().Name} must run every spec class once per database; not so for: {string.Join(", ", missing)}");
    }
}
