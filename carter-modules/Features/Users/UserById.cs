using Blog.Domain.Users;
using CarterModules.Data;

namespace CarterModules.Features.Users;

public static class UserById
{
    public const string Columns =
        "id, username, normalized_username, email, normalized_email, password_hash, is_active, is_staff, created_at";

    public static Task<User?> FindAsync(Db db, int id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<User>($"SELECT {Columns} FROM users WHERE id = @id", new { id }, ct);
}
