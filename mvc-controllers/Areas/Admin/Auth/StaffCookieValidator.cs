using Blog.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Web;

namespace MvcControllers.Areas.Admin.Auth;

/// <summary>
/// Re-checks on every request that the cookie's user is still active and still staff, with the password the cookie
/// was signed in with, so that deactivating a user, taking away the staff flag or changing their password ends their
/// admin session at once rather than when the cookie expires; a superuser
/// flag given or taken away takes effect on the next request too (the cookie is renewed with it).
/// </summary>
public static class StaffCookieValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.UserId();
        var db = context.HttpContext.RequestServices.GetRequiredService<BlogDbContext>();
        var user = userId is { } id
            ? await db.Users.Where(u => u.Id == id && u.IsActive && u.IsStaff)
                .Select(u => new { u.Id, u.Username, u.IsSuperuser, u.PasswordHash }).SingleOrDefaultAsync(context.HttpContext.RequestAborted)
            : null;
        if (user is null || !principal!.HasPasswordStamp(user.PasswordHash))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AdminAuth.Scheme);
            return;
        }
        if (user.IsSuperuser == principal!.IsSuperuser() && user.Username == principal!.Identity?.Name) return;
        context.ReplacePrincipal(StaffPrincipal.For(user.Id, user.Username, user.IsSuperuser, user.PasswordHash));
        context.ShouldRenew = true;
    }
}
