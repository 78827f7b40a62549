using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MvcControllers.Areas.Site.Auth;
using MvcControllers.Areas.Site.Routing;

namespace MvcControllers.Areas.Site;

/// <summary>Registers the public site (the Site area): its cookie scheme, the reader policy and its routing.</summary>
public static class PublicSiteSetup
{
    /// <summary>
    /// The session cookie is HttpOnly, SameSite=Lax (Django's default: a reader following a link from elsewhere
    /// arrives logged in, while no other site's form can post with it), for the whole site, kept two weeks while in use
    /// (Django's <c>SESSION_COOKIE_AGE</c>), and Secure outside Development.
    /// </summary>
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddAuthentication().AddCookie(SiteAuth.Scheme, cookie =>
        {
            cookie.Cookie.Name = SiteAuth.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.Cookie.Path = "/";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.LoginPath = SiteAuth.LoginPath;
            // The login action binds `next` (Django's name), so the redirect to it must carry the return page there.
            cookie.ReturnUrlParameter = "next";
            cookie.Events = new CookieAuthenticationEvents { OnValidatePrincipal = ReaderCookieValidator.ValidateAsync };
        });
        services.AddAuthorizationBuilder().AddPolicy(SiteAuth.ReaderPolicy, policy => policy
            .AddAuthenticationSchemes(SiteAuth.Scheme)
            .RequireAuthenticatedUser());
        services.Configure<RouteOptions>(routes => routes.ConstraintMap[SlugRouteConstraint.Name] = typeof(SlugRouteConstraint));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, HtmlOnlyMatcherPolicy>());
        return services;
    }
}
