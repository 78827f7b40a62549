namespace Blog.ContractTests.Harness;

/// <summary>
/// A host that enqueues jobs without running them (`Jobs:Server=false`) until a spec restarts it with its job
/// server on, on the same database: a job enqueued before the restart must run once after it.
/// </summary>
public abstract class JobsHostFixture<TProgram>(DatabaseKind database) : BlogHostFixture<TProgram>(database), IJobsBlogHost
    where TProgram : class
{
    protected override ValueTask<IReadOnlyDictionary<string, string>> SettingsAsync() =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { ["Jobs:Server"] = "false" });

    public Task RestartWithJobServerAsync() => RestartAsync(new Dictionary<string, string> { ["Jobs:Server"] = "true" });
}

/// <summary>A host started without a job server, which a spec restarts with one.</summary>
public interface IJobsBlogHost : IInProcessBlogHost
{
    Task RestartWithJobServerAsync();
}
