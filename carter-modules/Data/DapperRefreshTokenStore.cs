using Blog.Data.Auth;

namespace CarterModules.Data;

/// <summary>The logins (refresh-token families) of the shared <see cref="TokenService"/>, in hand-written SQL: one statement each.</summary>
public sealed class DapperRefreshTokenStore(Db db) : IRefreshTokenStore
{
    public async Task AddAsync(RefreshTokenFamily family, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            """
            INSERT INTO refresh_token_families (id, user_id, current_jti, created_at, expires_at)
            VALUES (@Id, @UserId, @CurrentJti, @CreatedAt, @ExpiresAt)
            """, family, cancellationToken);

    public async Task<bool> TryRotateAsync(
        string familyId, int userId, string jti, string nextJti, DateTime now, DateTime expiresAt, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            """
            UPDATE refresh_token_families SET current_jti = @nextJti, expires_at = @expiresAt
            WHERE id = @familyId AND user_id = @userId AND current_jti = @jti AND revoked_at IS NULL AND expires_at > @now
              AND EXISTS (SELECT 1 FROM users WHERE users.id = refresh_token_families.user_id AND users.is_active)
            """, new { familyId, userId, jti, nextJti, now, expiresAt }, cancellationToken) == 1;

    public async Task<bool> RevokeAsync(string familyId, int userId, DateTime now, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            "UPDATE refresh_token_families SET revoked_at = COALESCE(revoked_at, @now) WHERE id = @familyId AND user_id = @userId",
            new { familyId, userId, now }, cancellationToken) == 1;
}
