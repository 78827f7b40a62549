using System.Diagnostics;

namespace CarterModules.Middleware;

/// <summary>
/// Like morgan: one line per request with method, path, status and elapsed time. Never headers, query strings or
/// bodies, which carry tokens and passwords. The path is logged as it travels in the URL (percent-encoded), so a
/// caller cannot break or forge log lines with an encoded line break.
/// </summary>
public static partial class RequestLoggingMiddleware
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
                var elapsed = Stopwatch.GetElapsedTime(started);
                var path = context.Request.Path.ToUriComponent();
                Request(logger, context.Request.Method, path, context.Response.StatusCode, elapsed.TotalMilliseconds);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {StatusCode} {ElapsedMs:0.0} ms")]
    private static partial void Request(ILogger logger, string method, string path, int statusCode, double elapsedMs);
}
