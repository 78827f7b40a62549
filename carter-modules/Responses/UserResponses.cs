using Blog.Domain.Users;
using Blog.Hosting.OpenApi;

namespace CarterModules.Responses;

/// <summary>The caller's own account, email included.</summary>
[WireSchema("PrivateUserView")]
public sealed record PrivateUserResponse(int Id, string Username, string Email, bool IsActive, DateTime CreatedAt)
{
    public static PrivateUserResponse From(User user) => new(user.Id, user.Username, user.Email, user.IsActive, user.CreatedAt);
}

/// <summary>Anyone else's account: no email.</summary>
[WireSchema("PublicUserView")]
public sealed record PublicUserResponse(int Id, string Username, DateTime CreatedAt)
{
    public static PublicUserResponse From(User user) => new(user.Id, user.Username, user.CreatedAt);
}
