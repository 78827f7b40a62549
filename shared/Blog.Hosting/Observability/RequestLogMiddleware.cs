using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Observability;

/// <summary>
/// Writes the <see cref="RequestLogLine"/> of each request once it is answered; first in the pipeline, so that the
/// status is the one the client got. The request id is ASP.NET Core's <see cref="HttpContext.TraceIdentifier"/>.
/// </summary>
public static class RequestLogMiddleware
{
    public const string Category = "Blog.Requests";

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            catch when (!context.Response.HasStarted)
            {
                // Nothing answered it: the server answers 500.
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                throw;
            }
            finally
            {
                RequestLogLine.Finished(logger, context, Stopwatch.GetElapsedTime(started));
            }
        });
    }
}
