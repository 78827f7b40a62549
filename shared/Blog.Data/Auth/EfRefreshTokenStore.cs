using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Auth;

public sealed class EfRefreshTokenStore(BlogDbContext db) : IRefreshTokenStore
{
    public async Task AddAsync(RefreshToken token, CancellationToken cancellationToken)
    {
        db.RefreshTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<RefreshToken?> FindAsync(string jti, CancellationToken cancellationToken) =>
        db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Jti == jti, cancellationToken);

    public async Task<bool> TryUseAsync(string jti, DateTime now, CancellationToken cancellationToken) =>
        await db.RefreshTokens
            .Where(t => t.Jti == jti && t.UsedAt == null && t.RevokedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now), cancellationToken) == 1;

    public Task RevokeFamilyAsync(string familyId, DateTime now, CancellationToken cancellationToken) =>
        db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
}
