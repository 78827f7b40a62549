using System.Security.Claims;
using Blog.Domain.Users;

namespace MvcControllers.Admin.Auth;

/// <summary>The principal stored in the admin cookie: the user's id and name, and the staff mark the policy asks for.</summary>
public static class StaffPrincipal
{
    public static ClaimsPrincipal For(User user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Username),
            new Claim(AdminAuth.StaffClaim, "true"),
        ],
        AdminAuth.Scheme));

    public static int? UserId(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
