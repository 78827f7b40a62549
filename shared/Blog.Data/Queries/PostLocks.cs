using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Queries;

/// <summary>
/// The one lock order of every post write: the post's row first, then its tags and comments. Two edits of one post
/// then queue instead of overwriting each other's tag rows, and an edit racing a delete can no longer deadlock on
/// post_tags (docs/decisions.md).
/// </summary>
public static class PostLocks
{
    /// <summary>
    /// Locks the post's row until the caller's transaction ends (≈ Django's <c>select_for_update()</c>), before anything
    /// of the post is read: on PostgreSQL with <c>SELECT … FOR UPDATE</c> as a statement of its own, so that the reads
    /// after it see what the previous writer committed; on SQLite the transaction (BEGIN IMMEDIATE) already holds the
    /// database's write lock. A post that does not exist locks nothing and is then simply not found.
    /// </summary>
    public static async Task LockPostAsync(this BlogDbContext db, int id, CancellationToken cancellationToken)
    {
        // Outside a transaction PostgreSQL would release the lock at once, and the race would be back unnoticed.
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A post's row lock is held by a transaction: begin one before LockPostAsync.");
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT id FROM posts WHERE id = {id} FOR UPDATE", cancellationToken);
    }
}
