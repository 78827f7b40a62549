using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Blog.Hosting.Problems;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the request's Accept: the API has no other
/// representation and answers no request with 406. The framework's own writer writes only for an Accept that names
/// JSON; for any other it wrote nothing, which left a bare status, or a 500 where a problem had to be written.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> options, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    private const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        // The RFC 9110 section of the status, the link the framework's writer gives a problem without a type.
        problem.Type ??= TypedResults.Problem(statusCode: problem.Status).ProblemDetails.Type;
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(
            problem, problem.GetType(), json.Value.SerializerOptions, ContentType, http.RequestAborted));
    }
}
