using System.Diagnostics;

namespace CarterModules.Middleware;

/// <summary>
/// Like morgan: one line per request with method, path, status and elapsed time. Never headers, query strings or
/// bodies, which carry tokens and passwords.
/// </summary>
public static class RequestLoggingMiddleware
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("CarterModules.Request");
            try
            {
                await next(context);
            }
            finally
            {
                logger.LogInformation("{Method} {Path} {StatusCode} {ElapsedMs:0.0} ms",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
}
