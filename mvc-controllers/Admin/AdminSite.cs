using Microsoft.AspNetCore.Authentication.Cookies;
using MvcControllers.Admin.Auth;
using MvcControllers.Site;

namespace MvcControllers.Admin;

/// <summary>Registers the admin site (its cookie scheme, staff policy, static files) and the public pages' route constraint.</summary>
public static class AdminSite
{
    public static IServiceCollection AddAdminSite(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(AdminAuth.Scheme, cookie =>
        {
            cookie.Cookie.Name = "blog_admin_session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.Path = "/admin";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(2);
            cookie.LoginPath = AdminAuth.LoginPath;
            cookie.AccessDeniedPath = AdminAuth.LoginPath;
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
        });
        services.Configure<RouteOptions>(routes => routes.ConstraintMap[SlugRouteConstraint.Name] = typeof(SlugRouteConstraint));
        return services;
    }

    /// <summary>The admin stylesheet under /static, as Django serves its admin's.</summary>
    public static IApplicationBuilder UseAdminStaticFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions { RequestPath = "/static" });
}
