using Blog.Hosting.Caching;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Problems;

/// <summary>
/// How every host logs an exception it answered with a problem of <see cref="BlogProblems.From"/>: once, in one line,
/// without a stack trace, since none of them is a bug. A database that is unavailable (the only 503) is a warning; a
/// client's fault, a race the database decided included (a name taken or a post deleted meanwhile), is debug.
/// An exception without a problem is a bug, which the host logs as the error it is.
/// </summary>
public static partial class ProblemLog
{
    public static void Answered(this ILogger logger, HttpContext context, ProblemDetails problem, Exception exception)
    {
        // As the path travels in the URL (percent-encoded), so that an encoded line break cannot forge a log line.
        var path = context.Request.Path.ToUriComponent();
        var (method, reason, kind) = (context.Request.Method, exception.GetBaseException().Message, exception.GetType().Name);
        if (exception is RateLimitsUnavailableException)
            RateLimitsUnavailable(logger, method, path, reason);
        else if (exception is CacheUnavailableException)
            CacheUnavailable(logger, method, path, reason);
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            DatabaseUnavailable(logger, method, path, reason);
        else
            ClientFault(logger, method, path, problem.Status, kind);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the database is unavailable ({Reason})")]
    private static partial void DatabaseUnavailable(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: Redis, which counts the rate limits, is unavailable ({Reason})")]
    private static partial void RateLimitsUnavailable(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: Redis, which keeps the cache fresh, is unavailable ({Reason})")]
    private static partial void CacheUnavailable(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Path} answered {Status} for a {ExceptionType}")]
    private static partial void ClientFault(ILogger logger, string method, string path, int? status, string exceptionType);
}
