using Microsoft.AspNetCore.Builder;

namespace Blog.Hosting.Pipeline;

public static class TrailingSlash
{
    /// <summary>`/posts/` and `/posts` are one resource: drop a trailing slash before routing.</summary>
    public static IApplicationBuilder UseTrailingSlashInsensitiveRoutes(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is { Length: > 1 } && path.EndsWith('/'))
                context.Request.Path = path.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/";
            return next(context);
        });
}
