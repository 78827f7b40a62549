using System.Security.Claims;
using Blog.Data.Auth;
using Blog.Domain.Errors;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MvcControllers.Web;

namespace MvcControllers.Areas.Site.Auth;

/// <summary>
/// /accounts/login and /accounts/logout, django.contrib.auth's <c>LoginView</c> and <c>LogoutView</c>: any active
/// user logs in to the site (the admin has its own login, for staff); logging out is a POST with its CSRF token.
/// Logging in is throttled as the API's login is (≈ DRF's <c>throttle_classes</c>): per address, and per username in
/// the same window as POST /auth/login, a spent window answering 429 with the form and how long to wait.
/// </summary>
[Route("accounts")]
public sealed class AccountsController(Accounts accounts, LoginThrottle throttle) : SiteController
{
    [HttpGet("login", Name = SiteRoutes.Login), AllowAnonymous]
    public IActionResult Login(string? next) =>
        User.Identity?.IsAuthenticated == true ? Redirect(SafeNext(next)) : View(new LoginForm { Next = next });

    [HttpPost("login"), AllowAnonymous, EnableRateLimiting(RateLimitPolicies.Auth)]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return View(form);
        ClaimsPrincipal reader;
        try
        {
            reader = ReaderPrincipal.For(await throttle.GuardAsync(
                form.Username!, () => accounts.AuthenticateAsync(form.Username!, form.Password!, cancellationToken), cancellationToken));
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
        await HttpContext.SignInAsync(SiteAuth.Scheme, reader, new AuthenticationProperties { IsPersistent = true });
        return Redirect(SafeNext(form.Next));
    }

    [HttpPost("logout", Name = SiteRoutes.Logout), AllowAnonymous]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(SiteAuth.Scheme);
        return RedirectToRoute(SiteRoutes.Home);
    }

    /// <summary>Only a path of this site is a place to go back to; anything else is the home page.</summary>
    private string SafeNext(string? next) => LocalRedirects.PathOr(next, Url.RouteUrl(SiteRoutes.Home)!);
}
