using Blog.Data.Auth;

namespace CarterModules.Data;

public sealed class DapperUserStatus(Db db) : IUserStatus
{
    public async Task<bool> IsActiveAsync(int userId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int?>(
            "SELECT 1 FROM users WHERE id = @userId AND is_active", new { userId }, cancellationToken) is not null;
}
