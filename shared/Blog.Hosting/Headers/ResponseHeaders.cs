using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Hosting.Headers;

/// <summary>
/// The headers every answer carries (≈ helmet()): `X-Content-Type-Options: nosniff` (a browser never runs a JSON
/// answer as a script or a page) and `Referrer-Policy: no-referrer`; and no `Server` header, which told every
/// scanner the server's make.
/// </summary>
public static class ResponseHeaders
{
    public static IServiceCollection AddBlogResponseHeaders(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

    /// <summary>On starting, so that an error path that clears the response's headers does not lose them.</summary>
    public static IApplicationBuilder UseBlogResponseHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
