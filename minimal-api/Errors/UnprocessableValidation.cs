using System.Text.Json;
using Blog.Hosting.Problems;

namespace MinimalApi.Errors;

public static class UnprocessableValidation
{
    /// <summary>
    /// The adapter the contract needs over .NET's built-in validation: it answers broken field rules with 400,
    /// the contract (like FastAPI) with 422, and keys fields by member name where the wire uses snake_case.
    /// Its problems are the only ones written without an exception or a detail.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        if (context is { Exception: null, ProblemDetails: HttpValidationProblemDetails { Status: 400, Detail: null } problem })
        {
            problem.Status = context.HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            problem.Type = "https://tools.ietf.org/html/rfc4918#section-11.2";
            problem.Detail = "One or more fields are invalid.";
            var byMember = problem.Errors.ToList();
            problem.Errors.Clear();
            foreach (var (member, messages) in byMember)
                problem.Errors[JsonNamingPolicy.SnakeCaseLower.ConvertName(member)] = messages;
        }
        BlogProblems.Customize(context);
    }
}
