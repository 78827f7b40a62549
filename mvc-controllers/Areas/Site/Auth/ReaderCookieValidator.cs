using Blog.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Site.Auth;

/// <summary>
/// Re-checks on every request that the cookie's user is still active, so that deactivating a user ends their site
/// session at once rather than when the cookie expires.
/// </summary>
public static class ReaderCookieValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<BlogDbContext>();
        var stillActive = context.Principal?.ReaderId() is { } id
            && await db.Users.AnyAsync(u => u.Id == id && u.IsActive, context.HttpContext.RequestAborted);
        if (stillActive) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(SiteAuth.Scheme);
    }
}
