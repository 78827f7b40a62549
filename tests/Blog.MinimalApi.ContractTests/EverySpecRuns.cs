using Blog.ContractTests.Harness;
using Xunit;

namespace Blog.MinimalApi.ContractTests;

public sealed class EverySpecRuns
{
    [Fact]
    public void Every_spec_class_has_a_test_class_here_for_each_database() =>
        SpecCoverage.AssertEverySpecRunsOnEachDatabase(typeof(EverySpecRuns).Assembly);
}
