using System.Diagnostics;
using Blog.Hosting.Observability;

namespace CarterModules.Middleware;

/// <summary>
/// Like morgan: one line per request (<see cref="RequestLogLine"/>: method, route template, status, elapsed time, user,
/// the X-Request-Id and the trace id). Never headers, query strings or bodies, which carry tokens and passwords.
/// </summary>
public static class RequestLoggingMiddleware
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("CarterModules.Request");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                RequestLogLine.Finished(logger, context, Stopwatch.GetElapsedTime(started));
            }
        });
    }
}
