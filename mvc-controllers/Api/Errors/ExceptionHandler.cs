using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Diagnostics;

namespace MvcControllers.Api.Errors;

/// <summary>
/// The API's one error path, DRF's <c>EXCEPTION_HANDLER</c>: whatever is raised — by an action, by a serializer that
/// is not valid (<see cref="Serializers.IsValidAttribute"/>), or by a middleware before any controller runs (the
/// bearer check asking for the token's user while the database is down) — becomes its problem through the shared
/// <see cref="BlogProblems"/>, logged once at its level (<see cref="ProblemLog"/>). Anything else is a bug: it falls
/// through to the app-wide 500, which the framework logs as an error; a client that hung up gets no answer and no
/// error in the log. The problems the framework writes by itself (a 401/403/413 of a middleware, MVC's 415) are
/// completed by <see cref="Customize"/>, which MVC's problem-details factory applies too.
/// </summary>
public sealed class ExceptionHandler(IProblemDetailsService problems, ILogger<ExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (BlogProblems.From(exception) is not { } problem) return false;
        logger.Answered(httpContext, problem, exception);
        // Customize reads the response status (it adds the Bearer challenge to a 401), so set it first.
        httpContext.Response.StatusCode = problem.Status!.Value;
        // JSON whatever the request accepts, as a DRF Response is (the shared ProblemJsonWriter).
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
        return true;
    }

    /// <summary>Every problem: the framework's type link for its status, then the members the contract lists.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        context.ProblemDetails.Type ??= TypedResults.Problem(statusCode: context.ProblemDetails.Status).ProblemDetails.Type;
        BlogProblems.Customize(context);
    }
}
