using System.Globalization;

namespace MvcControllers.Areas.Site.Routing;

/// <summary>
/// `{slug:slug}` matches a segment that `{id:int}` does not (not even `-1`), so `/posts/{slug}` never competes with the API's
/// `/posts/{id:int}`, and only for a request that accepts HTML: an API client asking for `/posts/abc` finds no route
/// and gets the same 404 problem as on the other hosts.
/// </summary>
public sealed class SlugRouteConstraint : IRouteConstraint
{
    public const string Name = "slug";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text
        && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        && (routeDirection == RouteDirection.UrlGeneration || HtmlRequests.Accepted(httpContext));
}
