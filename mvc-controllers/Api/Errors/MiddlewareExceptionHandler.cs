using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Diagnostics;

namespace MvcControllers.Api.Errors;

/// <summary>
/// Django's response_for_exception, for what is raised before any API controller runs, where
/// <see cref="ProblemExceptionFilterAttribute"/> cannot see it: the bearer check asking for the token's user while the
/// database is down answers 503, logged once at its level, like the same failure inside a controller. Anything else
/// falls through to the app-wide 500, which the framework logs as an error.
/// </summary>
public sealed class MiddlewareExceptionHandler(IProblemDetailsService problems, ILogger<MiddlewareExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (BlogProblems.From(exception) is not { } problem) return false;
        logger.Answered(context, problem, exception);
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
