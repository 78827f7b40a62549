using Blog.Hosting.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.ContractTests.Specs;

/// <summary>Jobs are durable: one enqueued by an instance without a job server runs once after a restart with one.</summary>
public abstract class JobRestartSpecs(IJobsBlogHost host) : ContractSpec(host)
{
    [Fact]
    public async Task A_job_enqueued_before_a_restart_runs_once_after_it()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var commentId = (await Api.CreateCommentAsync(commenter, postId)).Long("id");

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(Api.Items(await Api.PageAsync("/users/me/notifications", author.AccessToken)));
        Assert.Equal(1, host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount("default"));

        await host.RestartWithJobServerAsync();
        using var after = new Api(host.CreateClient());
        var waited = System.Diagnostics.Stopwatch.StartNew();
        List<JsonObject> items;
        while ((items = Api.Items(await after.PageAsync("/users/me/notifications", author.AccessToken))).Count == 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "the job enqueued before the restart did not run after it");
            await Task.Delay(100);
        }

        Assert.Equal(commentId, Assert.Single(items).Long("comment_id"));
        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(monitoring.SucceededJobs(0, 100), j => j.Value.Job.Type == typeof(NotifyPostAuthor));
        Assert.Equal(0, monitoring.EnqueuedCount("default"));
        Assert.Single(Api.Items(await after.PageAsync("/users/me/notifications", author.AccessToken)));
    }
}
