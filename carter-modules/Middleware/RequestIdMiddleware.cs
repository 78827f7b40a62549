using System.Text.RegularExpressions;

namespace CarterModules.Middleware;

/// <summary>
/// Like express-request-id: keeps the caller's `X-Request-Id` (when it is a sane token) or makes one, echoes it on
/// the response, makes it the request's <see cref="HttpContext.TraceIdentifier"/> (the request id of the request log
/// line) and puts it in the logging scope of everything the request does.
/// </summary>
public static partial class RequestIdMiddleware
{
    public const string Header = "X-Request-Id";

    public static IApplicationBuilder UseRequestId(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("CarterModules.Request");
        return app.Use(async (context, next) =>
        {
            var sent = context.Request.Headers[Header].ToString();
            var id = SaneId().IsMatch(sent) ? sent : Guid.NewGuid().ToString("N");
            context.Response.Headers[Header] = id;
            context.TraceIdentifier = id;
            using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = id }))
                await next(context);
        });
    }

    // Printable and short, so a caller cannot forge log lines or flood the logs through it.
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex SaneId();
}
