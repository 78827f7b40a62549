using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Pipeline;

/// <summary>
/// The hosts write a 201's <c>Location</c> relative to their own root, as the contract says (<c>/posts/7</c>). Behind
/// a proxy that serves a host under a prefix the client's URL is <c>/minimal/posts/7</c>: the prefix arrives as
/// X-Forwarded-Prefix, which the forwarded-headers middleware makes the request's path base, and this adds it to a
/// root-relative <c>Location</c> that does not start with it. Links made by the framework's URL helpers (redirects of
/// the server-rendered pages, Swagger UI's) already carry the path base and are left alone.
/// </summary>
public static class ForwardedPrefixLocation
{
    public static IApplicationBuilder UseForwardedPrefixInLocation(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.PathBase.HasValue) context.Response.OnStarting(() => AddPathBase(context));
            return next(context);
        });

    private static Task AddPathBase(HttpContext context)
    {
        var location = context.Response.Headers.Location.ToString();
        if (location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal)
            && !new PathString(location.Split('?', '#')[0]).StartsWithSegments(context.Request.PathBase))
        {
            context.Response.Headers.Location = context.Request.PathBase + location;
        }
        return Task.CompletedTask;
    }
}
