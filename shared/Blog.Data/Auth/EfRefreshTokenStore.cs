using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Auth;

public sealed class EfRefreshTokenStore(BlogDbContext db) : IRefreshTokenStore
{
    public async Task AddAsync(RefreshTokenFamily family, CancellationToken cancellationToken)
    {
        db.RefreshTokenFamilies.Add(family);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> TryRotateAsync(
        string familyId, int userId, string jti, string nextJti, DateTime now, DateTime expiresAt, CancellationToken cancellationToken) =>
        await db.RefreshTokenFamilies
            .Where(f => f.Id == familyId && f.UserId == userId && f.CurrentJti == jti && f.RevokedAt == null && f.ExpiresAt > now
                && db.Users.Any(u => u.Id == f.UserId && u.IsActive))
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.CurrentJti, nextJti).SetProperty(f => f.ExpiresAt, expiresAt),
                cancellationToken) == 1;

    public async Task<bool> RevokeAsync(string familyId, int userId, DateTime now, CancellationToken cancellationToken) =>
        await db.RefreshTokenFamilies
            .Where(f => f.Id == familyId && f.UserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.RevokedAt, f => f.RevokedAt ?? now), cancellationToken) == 1;
}
