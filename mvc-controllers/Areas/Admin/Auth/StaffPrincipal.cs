using System.Globalization;
using System.Security.Claims;
using Blog.Domain.Users;
using MvcControllers.Areas.Admin.Engine;
using MvcControllers.Web;

namespace MvcControllers.Areas.Admin.Auth;

/// <summary>
/// The principal stored in the admin cookie: the user's id and name, the staff mark the policy asks for, the
/// superuser mark, and the <see cref="PasswordStamp"/>.
/// </summary>
public static class StaffPrincipal
{
    public static ClaimsPrincipal For(User user) => For(user.Id, user.Username, user.IsSuperuser, user.PasswordHash);

    public static ClaimsPrincipal For(int id, string username, bool isSuperuser, string passwordHash) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, username),
            new Claim(AdminAuth.StaffClaim, "true"),
            new Claim(AdminAuth.SuperuserClaim, isSuperuser ? "true" : "false"),
            PasswordStamp.Claim(passwordHash),
        ],
        AdminAuth.Scheme));

    public static int? UserId(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool IsSuperuser(this ClaimsPrincipal principal) => principal.HasClaim(AdminAuth.SuperuserClaim, "true");

    /// <summary>The signed-in staff user of an admin page (the policy has let only such a principal through).</summary>
    public static AdminUser AdminUser(this ClaimsPrincipal principal) =>
        new(principal.UserId() ?? throw new InvalidOperationException("An admin page was reached without a staff principal."),
            principal.Identity?.Name ?? "", principal.IsSuperuser());
}
