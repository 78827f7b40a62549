namespace MvcControllers.Areas.Site.Routing;

/// <summary>
/// `{name:tag}` matches any segment, but only for a browser's GET (a request that accepts HTML): the API has no
/// `/tags/{name}`, so any other request finds no route and gets the same 404 problem as on the other hosts — which is
/// why the tag page's route names no method, as a GET-only route would answer the other methods 405. Whether the name
/// is a tag at all is the page's to say, with the site's 404 page.
/// </summary>
public sealed class TagRouteConstraint : IRouteConstraint
{
    public const string Name = "tag";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        routeDirection == RouteDirection.UrlGeneration
        || (HttpMethods.IsGet(httpContext?.Request.Method ?? "") && HtmlRequests.Accepted(httpContext));
}
