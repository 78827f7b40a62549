using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Auth;

public sealed class EfUserStatus(BlogDbContext db) : IUserStatus
{
    public Task<bool> IsActiveAsync(int userId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == userId && u.IsActive, cancellationToken);
}
