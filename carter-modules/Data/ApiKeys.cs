using Blog.Data.Auth;
using Blog.Domain.ApiKeys;

namespace CarterModules.Data;

/// <summary>The API keys' SQL.</summary>
public static class ApiKeys
{
    private const string Columns = "id, user_id, name, prefix, secret_hash, scope, created_at, expires_at";

    /// <summary>Inside the caller's write transaction: the user's row is locked first, so two creates count in turn.</summary>
    public static async Task InsertAsync(Db db, ApiKey key, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync($"SELECT id FROM users WHERE id = @UserId{db.Dialect.LockForWrite}", key, cancellationToken);
        if (await db.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys WHERE user_id = @UserId", key, cancellationToken) >= ApiKeyRules.MaxPerUser)
            throw ApiKeyErrors.TooMany();
        key.Id = await db.ScalarAsync<int>(
            """
            INSERT INTO api_keys (user_id, name, prefix, secret_hash, scope, created_at, expires_at)
            VALUES (@UserId, @Name, @Prefix, @SecretHash, @Scope, @CreatedAt, @ExpiresAt)
            RETURNING id
            """, key, cancellationToken);
    }

    public static Task<List<ApiKey>> ListAsync(Db db, int userId, CancellationToken cancellationToken) =>
        db.QueryAsync<ApiKey>($"SELECT {Columns} FROM api_keys WHERE user_id = @userId ORDER BY created_at DESC, id DESC",
            new { userId }, cancellationToken);

    public static async Task<ApiKey> FindAsync(Db db, int id, int userId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<ApiKey>($"SELECT {Columns} FROM api_keys WHERE id = @id AND user_id = @userId",
            new { id, userId }, cancellationToken)
        ?? throw ApiKeyErrors.NotFound();

    public static async Task DeleteAsync(Db db, int id, int userId, CancellationToken cancellationToken)
    {
        if (await db.ExecuteAsync("DELETE FROM api_keys WHERE id = @id AND user_id = @userId", new { id, userId }, cancellationToken) == 0)
            throw ApiKeyErrors.NotFound();
    }
}
