using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Mvc;

namespace CarterModules.Middleware;

/// <summary>
/// Express's four-argument error handler: the one place an exception becomes a response, logged once. A client's
/// fault becomes its problem (400, 401, 403, 404, 409, 413, 415, 422) and a database that is down a 503, each logged
/// at its level (<see cref="ProblemLog"/>); anything else is a bug, logged as an error and answered with a bare 500.
/// </summary>
public static partial class ErrorMiddleware
{
    public static IApplicationBuilder UseErrorHandling(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("CarterModules.Errors");
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                var problem = BlogProblems.From(exception);
                if (problem is null)
                {
                    Unhandled(logger, exception, context.Request.Method, context.Request.Path.ToUriComponent());
                    problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError };
                }
                else
                {
                    logger.Answered(context, problem, exception);
                }
                await context.WriteProblemAsync(problem, exception);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void Unhandled(ILogger logger, Exception exception, string method, string path);
}
