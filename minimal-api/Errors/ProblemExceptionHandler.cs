using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Diagnostics;

namespace MinimalApi.Errors;

/// <summary>
/// The one place exceptions become problem details, like FastAPI's exception handlers for HTTPException
/// and RequestValidationError; each is logged once, at its level (<see cref="ProblemLog"/>). Anything else is a bug:
/// it falls through to the default 500, which the framework logs as an error.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (BlogProblems.From(exception) is not { } problem) return false;
        logger.Answered(httpContext, problem, exception);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
