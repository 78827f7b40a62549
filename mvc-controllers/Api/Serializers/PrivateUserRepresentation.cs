using Blog.Domain.Users;
using Blog.Hosting.OpenApi;

namespace MvcControllers.Api.Serializers;

/// <summary>The caller's own account, email included.</summary>
[WireSchema("PrivateUserView")]
public sealed record PrivateUserRepresentation(int Id, string Username, string Email, bool IsActive, DateTime CreatedAt)
{
    public static PrivateUserRepresentation Of(User user) => new(user.Id, user.Username, user.Email, user.IsActive, user.CreatedAt);
}
