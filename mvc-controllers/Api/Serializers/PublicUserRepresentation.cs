using Blog.Domain.Users;
using Blog.Hosting.OpenApi;

namespace MvcControllers.Api.Serializers;

/// <summary>Anyone else's account: no email.</summary>
[WireSchema("PublicUserView")]
public sealed record PublicUserRepresentation(int Id, string Username, DateTime CreatedAt)
{
    public static PublicUserRepresentation Of(User user) => new(user.Id, user.Username, user.CreatedAt);
}
