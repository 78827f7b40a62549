using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MvcControllers.Api.Errors;

/// <summary>
/// The API's exception handler (DRF's EXCEPTION_HANDLER): an error a client caused, or a database that is down,
/// becomes its problem response, logged once at its level (<see cref="ProblemLog"/>). Anything else is a bug, left
/// unhandled: it reaches the app-wide exception handler as a 500, logged as an error; so does a read or a wait cut
/// short by a client that hung up, which that handler ends with no answer and no error in the log.
/// </summary>
public sealed class ProblemExceptionFilterAttribute : ExceptionFilterAttribute
{
    public override void OnException(ExceptionContext context)
    {
        if (context.HttpContext.RequestAborted.IsCancellationRequested && context.Exception is IOException or OperationCanceledException)
            return;
        if (BlogProblems.From(context.Exception) is not { } problem) return;
        context.HttpContext.RequestServices.GetRequiredService<ILogger<ProblemExceptionFilterAttribute>>()
            .Answered(context.HttpContext, problem, context.Exception);
        context.Result = problem.ToResult(context.HttpContext);
        context.ExceptionHandled = true;
    }
}
