using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Observability;

/// <summary>
/// The console log: plain text for a developer, JSON lines for a log shipper everywhere else — one object per entry
/// with a UTC timestamp, the category, the message, its fields and the scopes (among them the request's TraceId and
/// SpanId, which the host's logger factory adds from the current activity).
/// </summary>
public static class BlogLogging
{
    public static ILoggingBuilder AddBlogConsole(this ILoggingBuilder logging, IHostEnvironment environment)
    {
        if (environment.IsDevelopment()) return logging;
        return logging.AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            json.IncludeScopes = true;
        });
    }
}
