using Blog.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Admin.Auth;

/// <summary>
/// Re-checks on every request that the cookie's user is still active and still staff, so that deactivating a user
/// or taking away the staff flag ends their admin session at once rather than when the cookie expires.
/// </summary>
public static class StaffCookieValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var userId = context.Principal?.UserId();
        var db = context.HttpContext.RequestServices.GetRequiredService<BlogDbContext>();
        var stillStaff = userId is { } id && await db.Users.AnyAsync(
            u => u.Id == id && u.IsActive && u.IsStaff, context.HttpContext.RequestAborted);
        if (stillStaff) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(AdminAuth.Scheme);
    }
}
