namespace MvcControllers.Areas.Site.Routing;

/// <summary>
/// `{name:tag}` matches any segment, but only for a request that accepts HTML: the API has no `/tags/{name}`, so an
/// API client asking for one finds no route and gets the same 404 problem as on the other hosts. Whether the name is
/// a tag at all is the page's to say, with the site's 404 page.
/// </summary>
public sealed class TagRouteConstraint : IRouteConstraint
{
    public const string Name = "tag";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        routeDirection == RouteDirection.UrlGeneration || HtmlRequests.Accepted(httpContext);
}
