using Blog.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Web;

namespace MvcControllers.Areas.Site.Auth;

/// <summary>
/// Re-checks on every request that the cookie's user is still active, with the password the cookie was signed in
/// with, so that deactivating a user or changing their password ends their site session at once rather than when
/// the cookie expires.
/// </summary>
public static class ReaderCookieValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<BlogDbContext>();
        var passwordHash = context.Principal?.ReaderId() is { } id
            ? await db.Users.Where(u => u.Id == id && u.IsActive).Select(u => u.PasswordHash).SingleOrDefaultAsync(context.HttpContext.RequestAborted)
            : null;
        if (passwordHash is not null && context.Principal!.HasPasswordStamp(passwordHash)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(SiteAuth.Scheme);
    }
}
