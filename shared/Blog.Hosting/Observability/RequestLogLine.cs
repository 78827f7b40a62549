using System.Diagnostics;
using Blog.Hosting.Auth;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Observability;

/// <summary>
/// The one line every host logs per request: method, route template (not the raw path, so neither an id nor an
/// encoded line break of the caller's reaches the log), status, duration, the user id when a token was accepted, the
/// request id and the W3C trace id that the trace and a problem's <c>trace_id</c> carry too. Never headers, query
/// strings or bodies, which carry tokens and passwords.
/// </summary>
public static partial class RequestLogLine
{
    /// <summary>What a request that matched no route logs as its route.</summary>
    public const string Unmatched = "(unmatched)";

    public static void Finished(ILogger logger, HttpContext context, TimeSpan elapsed)
    {
        if (!logger.IsEnabled(LogLevel.Information)) return;
        var route = RouteOf(context);
        var userId = context.User.IdOrNull();
        var traceId = Activity.Current?.TraceId.ToHexString();
        Request(logger, context.Request.Method, route, context.Response.StatusCode, elapsed.TotalMilliseconds,
            userId, context.TraceIdentifier, traceId);
    }

    /// <summary>
    /// The matched route as the hosts write it, with a leading slash (MVC's attribute routes have none). An exception
    /// handler clears the endpoint before it answers, and keeps the one that threw in its feature.
    /// </summary>
    private static string RouteOf(HttpContext context) =>
        (context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint)
            is RouteEndpoint { RoutePattern.RawText: { } template } ? "/" + template.TrimStart('/') : Unmatched;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Method} {Route} {StatusCode} {ElapsedMs:0.0} ms user={UserId} request={RequestId} trace={TraceId}")]
    private static partial void Request(ILogger logger, string method, string route, int statusCode, double elapsedMs,
        int? userId, string requestId, string? traceId);
}
