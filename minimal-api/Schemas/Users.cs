using Blog.Domain.Users;
using Blog.Hosting.OpenApi;
using MinimalApi.Validation;

namespace MinimalApi.Schemas;

/// <summary>The body of POST /auth/register.</summary>
public sealed record UserCreate(
    [RequiredField, Username] string Username,
    [RequiredField, Email] string Email,
    [RequiredField, Password] string Password);

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
