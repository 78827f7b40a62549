using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MvcControllers.Api.Errors;

/// <summary>
/// MVC's problem-details factory, replaced so that every problem MVC makes by itself (415 for a body it cannot read,
/// the 401/403/413 the middleware writes on a controller's route) and every one this API makes carries the members
/// the contract lists, exactly as the other hosts write them.
/// </summary>
public sealed class BlogProblemDetailsFactory : ProblemDetailsFactory
{
    public override ProblemDetails CreateProblemDetails(
        HttpContext httpContext, int? statusCode = null, string? title = null, string? type = null, string? detail = null,
        string? instance = null) =>
        Complete(httpContext, new ProblemDetails
        {
            Status = statusCode ?? StatusCodes.Status500InternalServerError,
            Title = title,
            Type = type,
            Detail = detail,
            Instance = instance,
        });

    public override ValidationProblemDetails CreateValidationProblemDetails(
        HttpContext httpContext, ModelStateDictionary modelStateDictionary, int? statusCode = null, string? title = null,
        string? type = null, string? detail = null, string? instance = null) =>
        Complete(httpContext, new ValidationProblemDetails(modelStateDictionary)
        {
            Status = statusCode ?? StatusCodes.Status422UnprocessableEntity,
            Title = title,
            Type = type,
            Detail = detail,
            Instance = instance,
        });

    /// <summary>The framework's type link for the status, then the contract's members (<see cref="BlogProblems.Customize"/>).</summary>
    public static T Complete<T>(HttpContext httpContext, T problem) where T : ProblemDetails
    {
        problem.Type ??= TypedResults.Problem(statusCode: problem.Status).ProblemDetails.Type;
        BlogProblems.Customize(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
        return problem;
    }
}
