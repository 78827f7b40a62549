using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Hosting.Versioning;

/// <summary>
/// Asp.Versioning's own problems (an unsupported, malformed or ambiguous version: 400) in the API's problem shape,
/// with the contract's detail naming what was asked.
/// </summary>
public static class VersionProblems
{
    private const string TypePrefix = "https://docs.api-versioning.org/problems";

    public static IServiceCollection AddVersionProblems(this IServiceCollection services) =>
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var customize = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                Rewrite(context);
                customize?.Invoke(context);
            };
        });

    private static void Rewrite(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type?.StartsWith(TypePrefix, StringComparison.Ordinal) != true) return;
        var request = context.HttpContext.Request;
        var asked = request.Query[BlogVersions.Name].Concat(request.Headers[BlogVersions.Name]).Distinct(StringComparer.Ordinal);
        problem.Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1";
        problem.Extensions.Remove("code");
        problem.Detail = $"Unsupported API version '{string.Join(", ", asked)}': this API supports 1.0 and 2.0.";
    }
}
