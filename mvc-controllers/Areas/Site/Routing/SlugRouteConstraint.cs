using System.Globalization;

namespace MvcControllers.Areas.Site.Routing;

/// <summary>
/// `{slug:slug}` matches a segment that `{id:int}` does not (not even `-1`), so that for a browser `/posts/{slug}` and
/// the API's `/posts/{id:int}` never both match: `/posts/1` is the API's.
/// </summary>
public sealed class SlugRouteConstraint : IRouteConstraint
{
    public const string Name = "slug";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text
        && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
}
