using Blog.Domain.Users;

namespace Blog.Hosting.Wire;

/// <summary>The caller's own account: `{id, username, email, is_active, created_at}`.</summary>
public sealed record PrivateUserView(int Id, string Username, string Email, bool IsActive, DateTime CreatedAt)
{
    public static PrivateUserView From(User user) => new(user.Id, user.Username, user.Email, user.IsActive, user.CreatedAt);
}

/// <summary>Anyone else's account: no email on the wire.</summary>
public sealed record PublicUserView(int Id, string Username, DateTime CreatedAt)
{
    public static PublicUserView From(User user) => new(user.Id, user.Username, user.CreatedAt);
}

public sealed record AuthorView(int Id, string Username);
