using System.Security.Claims;
using Blog.Data.Auth;
using Blog.Domain.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using DomainUser = Blog.Domain.Users.User;

namespace MvcControllers.Admin.Auth;

/// <summary>/admin/login and /admin/logout: Django's admin login view, for staff accounts only.</summary>
[Route("admin")]
public sealed class AdminLoginController(Accounts accounts) : AdminController
{
    public const string NotStaff = "This account is not a staff account: the admin site is for staff users only.";

    [HttpGet("login"), AllowAnonymous]
    public IActionResult Login(string? next) =>
        User.Identity?.IsAuthenticated == true && User.HasClaim(AdminAuth.StaffClaim, "true")
            ? LocalRedirect(SafeNext(next))
            : AdminView("Auth/Login", new LoginForm { Next = next });

    [HttpPost("login"), AllowAnonymous]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return AdminView("Auth/Login", form);
        DomainUser user;
        try
        {
            user = await accounts.AuthenticateAsync(form.Username!, form.Password!, cancellationToken);
        }
        catch (UnauthorizedError error)
        {
            ModelState.AddModelError("", error.Message);
            return AdminView("Auth/Login", form);
        }
        if (!user.IsStaff)
        {
            ModelState.AddModelError("", NotStaff);
            return AdminView("Auth/Login", form);
        }
        await HttpContext.SignInAsync(AdminAuth.Scheme, StaffPrincipal.For(user));
        return LocalRedirect(SafeNext(form.Next));
    }

    [HttpPost("logout"), AllowAnonymous]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(AdminAuth.Scheme);
        // The page below is rendered in this same request: it must not greet the user who just left.
        HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity());
        return AdminView("Auth/LoggedOut");
    }

    /// <summary>Only a page of the admin site itself is a place to go back to after logging in.</summary>
    private string SafeNext(string? next) =>
        next is not null && Url.IsLocalUrl(next) && next.StartsWith("/admin", StringComparison.Ordinal) ? next : "/admin";
}
