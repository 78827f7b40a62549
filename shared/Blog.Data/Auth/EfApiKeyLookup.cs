using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Auth;

public sealed class EfApiKeyLookup(BlogDbContext db) : IApiKeyLookup
{
    public Task<ApiKeyHolder?> FindAsync(string secretHash, CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking()
            .Where(k => k.SecretHash == secretHash)
            .Join(db.Users.Where(u => u.IsActive), k => k.UserId, u => u.Id, (k, _) => new ApiKeyHolder(k.UserId, k.Scope, k.ExpiresAt))
            .SingleOrDefaultAsync(cancellationToken);
}
