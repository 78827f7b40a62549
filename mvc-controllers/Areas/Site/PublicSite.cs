using MvcControllers.Areas.Site.Routing;

namespace MvcControllers.Areas.Site;

/// <summary>Registers the public site (the Site area): its route constraints.</summary>
public static class PublicSite
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.Configure<RouteOptions>(routes =>
        {
            routes.ConstraintMap[SlugRouteConstraint.Name] = typeof(SlugRouteConstraint);
            routes.ConstraintMap[TagRouteConstraint.Name] = typeof(TagRouteConstraint);
        });
        return services;
    }
}
