using System.Globalization;
using System.Security.Claims;
using Blog.Domain.Users;
using MvcControllers.Web;

namespace MvcControllers.Areas.Site.Auth;

/// <summary>The principal stored in the site's cookie (≈ <c>request.user</c> on the public pages): the user's id and name, and the <see cref="PasswordStamp"/>.</summary>
public static class ReaderPrincipal
{
    public static ClaimsPrincipal For(User user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Username),
            PasswordStamp.Claim(user.PasswordHash),
        ],
        SiteAuth.Scheme));

    public static int? ReaderId(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
