using Blog.Data;
using Blog.Domain.Rules;
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
}
