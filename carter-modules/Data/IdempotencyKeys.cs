using Blog.Data.Idempotency;
using Blog.Data.Sql;
using Blog.Hosting.Idempotency;

namespace CarterModules.Data;

/// <summary>The idempotency records in SQL, in the request's <see cref="Db"/> and its write transaction.</summary>
public sealed class IdempotencyKeys(Db db) : IIdempotencyStore
{
    public Task BeginAsync(CancellationToken cancellationToken) => db.BeginAsync(cancellationToken);

    public Task RemoveExpiredAsync(int userId, DateTime cutoff, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM idempotency_keys WHERE user_id = @userId AND created_at < @cutoff", new { userId, cutoff }, cancellationToken);

    public Task<IdempotencyRecord?> FindAsync(int userId, string key, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<IdempotencyRecord>(
            """
            SELECT id, user_id, key, request_hash, status_code, response_body, location, created_at
            FROM idempotency_keys WHERE user_id = @userId AND key = @key
            """, new { userId, key }, cancellationToken);

    /// <summary>On PostgreSQL the refused insert spoils the transaction, which is then only rolled back.</summary>
    public async Task<bool> TryAddAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await db.ExecuteAsync(
                """
                INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, response_body, location, created_at)
                VALUES (@UserId, @Key, @RequestHash, @StatusCode, @ResponseBody, @Location, @CreatedAt)
                """, record, cancellationToken);
            return true;
        }
        catch (Exception refused) when (UniqueViolation.Is(refused))
        {
            return false;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => db.CommitAsync(cancellationToken);

    public Task EndAsync() => db.EndAsync();
}
