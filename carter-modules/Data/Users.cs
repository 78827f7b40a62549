using Blog.Data.Sql;
using Blog.Domain.Users;

namespace CarterModules.Data;

/// <summary>The users' SQL.</summary>
public static class Users
{
    private const string Columns =
        "id, username, normalized_username, email, normalized_email, password_hash, is_active, is_staff, created_at";

    public static async Task<User> FindAsync(Db db, int id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<User>($"SELECT {Columns} FROM users WHERE id = @id", new { id }, cancellationToken)
        ?? throw UserErrors.NotFound();

    /// <summary>Null when nobody has that name, whatever its case.</summary>
    public static Task<User?> FindByUsernameAsync(Db db, string username, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<User>(
            $"SELECT {Columns} FROM users WHERE normalized_username = @username", new { username = User.Normalize(username) }, cancellationToken);

    /// <summary>Sets the new user's id; the unique indexes decide who wins a race for a name (409).</summary>
    public static async Task InsertAsync(Db db, User user, CancellationToken cancellationToken)
    {
        try
        {
            user.Id = await db.ScalarAsync<int>(
                """
                INSERT INTO users (username, normalized_username, email, normalized_email, password_hash, is_active, is_staff, created_at)
                VALUES (@Username, @NormalizedUsername, @Email, @NormalizedEmail, @PasswordHash, @IsActive, @IsStaff, @CreatedAt)
                RETURNING id
                """, user, cancellationToken);
        }
        catch (Exception exception) when (UniqueViolation.Is(exception))
        {
            throw UserErrors.Taken();
        }
    }
}
