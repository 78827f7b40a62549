namespace MvcControllers.Areas.Site.Routing;

public static class HtmlRequests
{
    /// <summary>Whether the request's Accept names <c>text/html</c>, as a browser's does (an API client sends <c>*/*</c> or JSON).</summary>
    public static bool Accepted(HttpContext? httpContext) =>
        httpContext?.Request.GetTypedHeaders().Accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)) == true;
}
