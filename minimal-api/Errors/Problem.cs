using Blog.Domain.Errors;
using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MinimalApi.Errors;

/// <summary>
/// A domain error as the problem a handler returns in its <c>Results&lt;…&gt;</c> union, like returning a
/// FastAPI <c>JSONResponse</c> instead of raising: the same body the exception handler writes for it.
/// </summary>
public static class Problem
{
    public static ProblemHttpResult Of(DomainError error) => TypedResults.Problem(BlogProblems.From(error)!);
}
