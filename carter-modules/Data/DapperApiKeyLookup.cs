using Blog.Data.Auth;

namespace CarterModules.Data;

public sealed class DapperApiKeyLookup(Db db) : IApiKeyLookup
{
    public async Task<ApiKeyHolder?> FindAsync(string secretHash, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<ApiKey>(
            """
            SELECT k.user_id, k.scope, k.expires_at
            FROM api_keys k JOIN users u ON u.id = k.user_id
            WHERE k.secret_hash = @secretHash AND u.is_active
            """, new { secretHash }, cancellationToken) is { } key
            ? new ApiKeyHolder(key.UserId, key.Scope, key.ExpiresAt)
            : null;
}
