using System.Security.Claims;
using Blog.Data.Auth;
using Blog.Domain.Errors;

namespace Blog.Hosting.Auth;

public static class CurrentUser
{
    /// <summary>The caller's user id, or null for an anonymous caller.</summary>
    public static int? IdOrNull(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? TokenIssuer.UserIdOf(user) : null;

    /// <summary>The caller's user id; an anonymous caller is refused with 401.</summary>
    public static int Id(this ClaimsPrincipal user) =>
        user.IdOrNull() ?? throw new UnauthorizedError("Authentication is required.");
}
