using System.Security.Claims;
using Blog.Data.Auth;
using Blog.Domain.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MvcControllers.Areas.Admin.Auth;
using MvcControllers.Web;
using DomainUser = Blog.Domain.Users.User;

namespace MvcControllers.Areas.Admin.Controllers;

/// <summary>/admin/login and /admin/logout: Django's admin login view, for staff accounts only.</summary>
public sealed class LoginController(Accounts accounts) : AdminController
{
    public const string NotStaff = "This account is not a staff account: the admin site is for staff users only.";

    [HttpGet("admin/login", Name = AdminRoutes.Login), AllowAnonymous]
    public IActionResult Login(string? next) =>
        User.Identity?.IsAuthenticated == true && User.HasClaim(AdminAuth.StaffClaim, "true")
            ? LocalRedirect(SafeNext(next))
            : View(new LoginForm { Next = next });

    [HttpPost("admin/login"), AllowAnonymous]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return View(form);
        DomainUser user;
        try
        {
            user = await accounts.AuthenticateAsync(form.Username!, form.Password!, cancellationToken);
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
