using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Queries;

/// <summary>
/// Locks a user's row until the caller's transaction ends, so that checks over the user's rows and the write they
/// allow (the 25-key cap of API keys) are one decision: on PostgreSQL with <c>SELECT … FOR UPDATE</c>; on SQLite the
/// transaction (BEGIN IMMEDIATE) already holds the database's write lock.
/// </summary>
public static class UserLocks
{
    public static async Task LockUserAsync(this BlogDbContext db, int id, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A user's row lock is held by a transaction: begin one before LockUserAsync.");
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT id FROM users WHERE id = {id} FOR UPDATE", cancellationToken);
    }
}
