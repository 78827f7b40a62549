using Blog.Data.Auth;

namespace CarterModules.Data;

/// <summary>The refresh-token records of the shared <see cref="TokenService"/>, in hand-written SQL.</summary>
public sealed class DapperRefreshTokenStore(Db db) : IRefreshTokenStore
{
    public async Task AddAsync(RefreshToken token, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            """
            INSERT INTO refresh_tokens (jti, family_id, user_id, created_at, expires_at)
            VALUES (@Jti, @FamilyId, @UserId, @CreatedAt, @ExpiresAt)
            """, token, cancellationToken);

    public Task<RefreshToken?> FindAsync(string jti, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<RefreshToken>(
            """
            SELECT id, jti, family_id, user_id, created_at, expires_at, used_at, revoked_at
            FROM refresh_tokens WHERE jti = @jti
            """, new { jti }, cancellationToken);

    public async Task<bool> TryUseAsync(string jti, DateTime now, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            """
            UPDATE refresh_tokens SET used_at = @now
            WHERE jti = @jti AND used_at IS NULL AND revoked_at IS NULL AND expires_at > @now
            """, new { jti, now }, cancellationToken) == 1;

    public Task RevokeFamilyAsync(string familyId, DateTime now, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            "UPDATE refresh_tokens SET revoked_at = @now WHERE family_id = @familyId AND revoked_at IS NULL",
            new { familyId, now }, cancellationToken);
}
