using System.Security.Claims;
using Blog.Data.Auth;
using Blog.Domain.Errors;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MvcControllers.Areas.Admin.Auth;
using MvcControllers.Web;
using DomainUser = Blog.Domain.Users.User;

namespace MvcControllers.Areas.Admin.Controllers;

/// <summary>
/// /admin/login and /admin/logout: Django's admin login view, for staff accounts only; logging in throttled as the
/// site's and the API's are (per address, and per username in one window with them).
/// </summary>
public sealed class LoginController(Accounts accounts, LoginThrottle throttle) : AdminController
{
    public const string NotStaff = "This account is not a staff account: the admin site is for staff users only.";

    [HttpGet("admin/login", Name = AdminRoutes.Login), AllowAnonymous]
    public IActionResult Login(string? next) =>
        User.Identity?.IsAuthenticated == true && User.HasClaim(AdminAuth.StaffClaim, "true")
            ? LocalRedirect(SafeNext(next))
            : View(new LoginForm { Next = next });

    [HttpPost("admin/login"), AllowAnonymous, EnableRateLimiting(RateLimitPolicies.Auth)]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return View(form);
        DomainUser user;
        try
        {
            user = await throttle.GuardAsync(
                form.Username!, () => accounts.AuthenticateAsync(form.Username!, form.Password!, cancellationToken), cancellationToken);
        }
        catch (RateLimitedException limited)
        {
            return this.TooManyAttemptsPage(form, limited);
        }
        catch (UnauthorizedError error)
        {
            ModelState.AddModelError("", error.Message);
            return View(form);
        }
        if (!user.IsStaff)
        {
            ModelState.AddModelError("", NotStaff);
            return View(form);
        }
        await HttpContext.SignInAsync(AdminAuth.Scheme, StaffPrincipal.For(user));
        return LocalRedirect(SafeNext(form.Next));
    }

    [HttpPost("admin/logout", Name = AdminRoutes.Logout), AllowAnonymous]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(AdminAuth.Scheme);
        // The page below is rendered in this same request: it must not greet the user who just left.
        HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity());
        return View("LoggedOut");
    }

    /// <summary>Only a page of the admin site itself is a place to go back to after logging in (no open redirect).</summary>
    private string SafeNext(string? next)
    {
        var index = Url.AdminIndex();
        return LocalRedirects.PathOr(next, index, root: index);
    }
}
