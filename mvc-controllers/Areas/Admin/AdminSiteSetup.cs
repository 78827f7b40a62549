using Microsoft.AspNetCore.Authentication.Cookies;
using MvcControllers.Areas.Admin.Auth;
using MvcControllers.Areas.Admin.Registrations;

namespace MvcControllers.Areas.Admin;

/// <summary>Adds the admin site: its registry, cookie scheme, staff policy and antiforgery cookie.</summary>
public static class AdminSiteSetup
{
    /// <summary>
    /// Both admin cookies are Secure outside Development (the admin is served over HTTPS there); in Development they
    /// follow the request, so http://localhost works.
    /// </summary>
    public static IServiceCollection AddAdminSite(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddSingleton(BlogAdminSite.Site);
        var securePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddAuthentication().AddCookie(AdminAuth.Scheme, cookie =>
        {
            cookie.Cookie.Name = "blog_admin_session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = securePolicy;
            cookie.Cookie.Path = "/admin";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(2);
            cookie.LoginPath = AdminAuth.LoginPath;
            cookie.AccessDeniedPath = AdminAuth.LoginPath;
            // The login action binds `next` (Django's name), so the redirect to it must carry the return page there.
            cookie.ReturnUrlParameter = "next";
            cookie.Events = new CookieAuthenticationEvents { OnValidatePrincipal = StaffCookieValidator.ValidateAsync };
        });
        services.AddAuthorizationBuilder().AddPolicy(AdminAuth.StaffPolicy, policy => policy
            .AddAuthenticationSchemes(AdminAuth.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(AdminAuth.StaffClaim, "true"));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "blog_csrf";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = securePolicy;
        });
        return services;
    }
}
