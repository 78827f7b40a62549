using Blog.Data;
using Blog.Domain.Rules;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Blog.Hosting.Jobs;

/// <summary>
/// The job a new comment enqueues: one notification for the post's author. Idempotent by design, so a retried or
/// repeated run is harmless: one statement that writes nothing for a comment that is gone, for a comment by the
/// post's own author, or when the comment's notification exists (the unique index on comment_id). It lives in the
/// shared library because every host's worker takes jobs from the one queue, whichever host enqueued them.
/// </summary>
public sealed class NotifyPostAuthor(BlogDbContext db, TimeProvider clock)
{
    /// <summary>The recurring job that notifies what no enqueued job did (see <see cref="CatchUpAsync"/>).</summary>
    public const string CatchUpId = "notify-missed";

    /// <summary>Every five minutes.</summary>
    public const string CatchUpCron = "*/5 * * * *";

    private static readonly TimeSpan CatchUpWindow = TimeSpan.FromDays(1);

    public async Task RunAsync(int commentId, CancellationToken cancellationToken)
    {
        var now = Timestamps.Now(clock);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO notifications (user_id, comment_id, created_at)
            SELECT p.author_id, c.id, {now}
            FROM comments c JOIN posts p ON p.id = c.post_id
            WHERE c.id = {commentId} AND c.author_id <> p.author_id
            ON CONFLICT (comment_id) DO NOTHING
            """, cancellationToken);
    }

    /// <summary>
    /// The same insert for every comment of the last day: a comment committed whose job was never enqueued — the
    /// process died or the client hung up before its answer started, the queue refused it, or a retry with its
    /// Idempotency-Key was answered from the stored record — is notified at the next run, and once, whatever ran
    /// before.
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var now = Timestamps.Now(clock);
        var since = now - CatchUpWindow;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO notifications (user_id, comment_id, created_at)
            SELECT p.author_id, c.id, {now}
            FROM comments c JOIN posts p ON p.id = c.post_id
            WHERE c.created_at >= {since} AND c.author_id <> p.author_id
              AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.comment_id = c.id)
            ON CONFLICT (comment_id) DO NOTHING
            """, cancellationToken);
    }
}
