using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Diagnostics;

namespace MinimalApi.Errors;

/// <summary>
/// The one place exceptions become problem details, like FastAPI's exception handlers for HTTPException
/// and RequestValidationError. Anything that is not a client's fault falls through to the default 500.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (BlogProblems.From(exception) is not { } problem) return false;
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
