using Blog.Domain.Users;
using Blog.Hosting.OpenApi;

namespace MinimalApi.Schemas;

/// <summary>The caller's own account.</summary>
[WireSchema("PrivateUserView")]
public sealed record UserPrivate(int Id, string Username, string Email, bool IsActive, DateTime CreatedAt)
{
    public static UserPrivate From(User user) => new(user.Id, user.Username, user.Email, user.IsActive, user.CreatedAt);
}

/// <summary>Anyone else's account: no email.</summary>
[WireSchema("PublicUserView")]
public sealed record UserPublic(int Id, string Username, DateTime CreatedAt)
{
    public static UserPublic From(User user) => new(user.Id, user.Username, user.CreatedAt);
}

/// <summary>The author nested in a post or a comment.</summary>
[WireSchema("AuthorView")]
public sealed record Author(int Id, string Username);
