using Blog.Data.Auth;
using Blog.Data.Idempotency;
using Blog.Domain.Comments;
using Blog.Hosting.Jobs;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.ContractTests.Specs;

/// <summary>
/// Notifications, written by the background job a comment enqueues: one per comment by someone else, never for a
/// self-comment, never twice (also when the job runs again), the caller's own only; and the recurring purge.
/// </summary>
public abstract class NotificationSpecs(IBlogHost host) : ContractSpec(host)
{
    private const string Path = "/users/me/notifications";

    /// <summary>Longer than a notification ever needs: the job servers poll their queue every quarter second.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private static void AssertNotificationShape(JsonNode? notification)
    {
        HttpJson.AssertKeys(notification, "id", "kind", "post_id", "comment_id", "actor", "created_at", "read_at");
        HttpJson.AssertKeys(notification!["actor"], "id", "username");
        Assert.True(notification.Long("id") > 0);
        Assert.Equal("comment", notification.Str("kind"));
        HttpJson.AssertTimestamp(notification["created_at"]);
    }

    /// <summary>The caller's notifications once there are at least <paramref name="count"/> (failing after <see cref="Patience"/>).</summary>
    private async Task<List<JsonObject>> AwaitNotificationsAsync(TestUser user, int count)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var items = Api.Items(await Api.PageAsync(Path + "?limit=100", user.AccessToken));
            if (items.Count >= count) return items;
            Assert.True(waited.Elapsed < Patience, $"{count} notification(s) expected within {Patience.TotalSeconds} s; found {items.Count}. " +
                "Warnings logged: " + string.Join(" | ", Host.Logs?.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning) ?? []));
            await Task.Delay(100);
        }
    }

    private async Task<List<JsonObject>> NotificationsAsync(TestUser user) =>
        Api.Items(await Api.PageAsync(Path + "?limit=100", user.AccessToken));

    /// <summary>A comment committed whose job was never enqueued (a crash, a client gone before its answer started).</summary>
    [Fact]
    public async Task A_comment_without_its_job_is_notified_by_the_catch_up_once()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var commentId = await WithDatabaseAsync("Writing a comment behind the API's back", async db =>
        {
            var comment = new Comment { PostId = (int)postId, AuthorId = (int)commenter.Id, Content = "No job for me", CreatedAt = DateTime.UtcNow };
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });
        Assert.Empty(await NotificationsAsync(author));

        var recurring = ((IInProcessBlogHost)Host).Services.GetRequiredService<IRecurringJobManager>();
        recurring.Trigger(NotifyPostAuthor.CatchUpId);
        var notification = Assert.Single(await AwaitNotificationsAsync(author, 1));
        Assert.Equal(commentId, notification.Long("comment_id"));

        recurring.Trigger(NotifyPostAuthor.CatchUpId);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await NotificationsAsync(author));
    }

    [Fact]
    public async Task A_comment_by_another_user_notifies_the_post_author_once()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var comment = await Api.CreateCommentAsync(commenter, postId);

        var notification = Assert.Single(await AwaitNotificationsAsync(author, 1));
        AssertNotificationShape(notification);
        Assert.Equal(postId, notification.Long("post_id"));
        Assert.Equal(comment.Long("id"), notification.Long("comment_id"));
        Assert.Equal(commenter.Id, notification["actor"].Long("id"));
        Assert.Equal(commenter.Username, notification["actor"].Str("username"));
        Assert.True(notification.IsNull("read_at"));
        Assert.Empty(await NotificationsAsync(commenter));

        var response = await Api.GetAsync(Path, author.AccessToken);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task A_self_comment_notifies_nobody()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        await Api.CreateCommentAsync(author, postId, "my own");
        var other = await Api.CreateCommentAsync(commenter, postId, "someone else's");

        Assert.Equal(other.Long("id"), Assert.Single(await AwaitNotificationsAsync(author, 1)).Long("comment_id"));
        // The self-comment's job was enqueued first; give it time to have written, if it were to.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await NotificationsAsync(author));
    }

    [Fact]
    public async Task Notifications_are_listed_newest_first_and_paged()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        for (var i = 0; i < 5; i++)
        {
            await Api.CreateCommentAsync(commenter, postId, $"comment {i}");
        }

        var all = await AwaitNotificationsAsync(author, 5);
        Assert.Equal(5, all.Count);
        var ordered = all.OrderByDescending(n => HttpJson.AssertTimestamp(n["created_at"])).ThenByDescending(n => n.Long("id")).Select(n => n.Long("id"));
        Assert.Equal(ordered, all.Select(n => n.Long("id")));
        var first = await Api.PageAsync(Path + "?limit=2", author.AccessToken);
        Assert.True(first.Bool("has_more"));
        Assert.Equal(5, first.Long("total"));
        var walked = await Api.WalkAsync(Path, "limit=2", author.AccessToken);
        Assert.Equal(all.Select(n => n.Long("id")), walked.Select(n => n.Long("id")));
        Assert.All(walked, AssertNotificationShape);
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused()
    {
        var author = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        await Api.CreateCommentAsync(author, postId);
        await Api.CreateCommentAsync(author, postId);
        var commentsCursor = (await Api.PageAsync($"/posts/{postId}/comments?limit=1")).Str("next_cursor");
        var response = await Api.GetAsync($"{Path}?cursor={Uri.EscapeDataString(commentsCursor)}", author.AccessToken);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("cursor", problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Reading_marks_it_read_once_and_reading_again_keeps_the_first_time()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        await Api.CreateCommentAsync(commenter, postId);
        var id = Assert.Single(await AwaitNotificationsAsync(author, 1)).Long("id");

        var read = await (await Api.PostAsync($"{Path}/{id}/read", null, author.AccessToken)).ExpectObjectAsync();
        AssertNotificationShape(read);
        var readAt = HttpJson.AssertTimestamp(read["read_at"]);
        await Task.Delay(20);
        var again = await (await Api.PostAsync($"{Path}/{id}/read", null, author.AccessToken)).ExpectObjectAsync();
        Assert.Equal(readAt, HttpJson.AssertTimestamp(again["read_at"]));
        Assert.Equal(readAt, HttpJson.AssertTimestamp(Assert.Single(await NotificationsAsync(author))["read_at"]));
    }

    [Fact]
    public async Task Another_users_or_a_missing_notification_is_not_found()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        await Api.CreateCommentAsync(commenter, postId);
        var id = Assert.Single(await AwaitNotificationsAsync(author, 1)).Long("id");

        await (await Api.PostAsync($"{Path}/{id}/read", null, commenter.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.PostAsync($"{Path}/{id + 1_000_000}/read", null, author.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.True(Assert.Single(await NotificationsAsync(author)).IsNull("read_at"));
        await (await Api.GetAsync(Path)).ExpectUnauthorizedAsync();
        await (await Api.PostAsync($"{Path}/{id}/read", null)).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task A_deleted_comments_notification_is_gone_with_it()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var commentId = (await Api.CreateCommentAsync(commenter, postId)).Long("id");
        Assert.Single(await AwaitNotificationsAsync(author, 1));
        await (await Api.DeleteAsync($"/posts/{postId}/comments/{commentId}", commenter.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        Assert.Empty(await NotificationsAsync(author));
    }

    [Fact]
    public async Task A_job_run_again_writes_no_second_notification()
    {
        RequireInProcess("Running a job again");
        var services = ((IInProcessBlogHost)Host).Services;
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var commentId = (int)(await Api.CreateCommentAsync(commenter, postId)).Long("id");
        var first = Assert.Single(await AwaitNotificationsAsync(author, 1));

        // Hangfire's own retry: the succeeded job requeued, and run until it has succeeded a second time.
        // The notification is committed a moment before the job's Succeeded state is.
        var storage = services.GetRequiredService<JobStorage>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        string? jobId;
        while ((jobId = storage.GetMonitoringApi().SucceededJobs(0, 1000)
            .SingleOrDefault(j => j.Value.Job.Type == typeof(NotifyPostAuthor) && j.Value.Job.Method.Name == nameof(NotifyPostAuthor.RunAsync) && (int)j.Value.Job.Args[0] == commentId).Key) is null)
        {
            Assert.True(waited.Elapsed < Patience, "the job that wrote the notification is not listed as succeeded");
            await Task.Delay(100);
        }

        Assert.True(services.GetRequiredService<IBackgroundJobClient>().Requeue(jobId));
        waited.Restart();
        while (storage.GetMonitoringApi().JobDetails(jobId).History.Count(s => s.StateName == SucceededState.StateName) < 2)
        {
            Assert.True(waited.Elapsed < Patience, "the requeued job did not succeed again");
            await Task.Delay(100);
        }

        // And the job itself run twice more, as a worker that died before acknowledging it would.
        await using (var scope = services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredService<NotifyPostAuthor>();
            await job.RunAsync(commentId, CancellationToken.None);
            await job.RunAsync(commentId, CancellationToken.None);
        }

        var only = Assert.Single(await NotificationsAsync(author));
        Assert.True(JsonNode.DeepEquals(first, only), $"{only.ToJsonString()} differs from {first.ToJsonString()}");
    }

    [Fact]
    public async Task The_purge_removes_expired_logins_and_spent_idempotency_keys_and_keeps_live_ones()
    {
        RequireInProcess("Triggering the recurring purge");
        var user = await Api.NewUserAsync();
        var now = DateTime.UtcNow;
        var expired = "expired-" + Unique.Id();
        var live = "live-" + Unique.Id();
        var spentKey = "spent-" + Unique.Id();
        var freshKey = "fresh-" + Unique.Id();
        await WithDatabaseAsync("Setting up expired rows", async db =>
        {
            db.RefreshTokenFamilies.AddRange(
                new RefreshTokenFamily { Id = expired, UserId = (int)user.Id, CurrentJti = Unique.Id(), CreatedAt = now.AddDays(-30), ExpiresAt = now.AddHours(-1) },
                new RefreshTokenFamily { Id = live, UserId = (int)user.Id, CurrentJti = Unique.Id(), CreatedAt = now, ExpiresAt = now.AddDays(1) });
            db.IdempotencyRecords.AddRange(
                new IdempotencyRecord { UserId = (int)user.Id, Key = spentKey, RequestHash = "x", StatusCode = 201, ResponseBody = "{}", CreatedAt = now.AddHours(-25) },
                new IdempotencyRecord { UserId = (int)user.Id, Key = freshKey, RequestHash = "x", StatusCode = 201, ResponseBody = "{}", CreatedAt = now.AddHours(-1) });
            return await db.SaveChangesAsync();
        });

        ((IInProcessBlogHost)Host).Services.GetRequiredService<IRecurringJobManager>().Trigger(PurgeExpired.Id);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var left = await WithDatabaseAsync("Reading what the purge left", async db => (
                Families: await db.RefreshTokenFamilies.Where(f => f.Id == expired || f.Id == live).Select(f => f.Id).ToListAsync(),
                Keys: await db.IdempotencyRecords.Where(r => r.Key == spentKey || r.Key == freshKey).Select(r => r.Key).ToListAsync()));
            if (left.Families.Count == 1 && left.Keys.Count == 1)
            {
                Assert.Equal(live, Assert.Single(left.Families));
                Assert.Equal(freshKey, Assert.Single(left.Keys));
                break;
            }

            Assert.True(waited.Elapsed < Patience, $"the purge did not run: {left.Families.Count} logins and {left.Keys.Count} keys left");
            await Task.Delay(100);
        }

        // The user's own login (a live one) still refreshes.
        await (await Api.RefreshAsync(user.RefreshToken)).ExpectObjectAsync();
    }
}
