using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// What a rate-limited operation (one with a rate limiter policy) answers besides its own statuses: 429 with
/// `Retry-After`, 503 when Redis is away, and the `RateLimit-*` headers on every answer a limit counted.
/// </summary>
public sealed class RateLimitResponses : IOpenApiOperationTransformer
{
    private static readonly (string Name, string Description)[] Headers =
    [
        ("RateLimit-Limit", "The permits of the window of the limit with the fewest left."),
        ("RateLimit-Remaining", "The permits that limit has left after this request."),
        ("RateLimit-Reset", "Whole seconds until that limit's window ends."),
    ];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().Any()) return Task.CompletedTask;
        operation.Responses ??= [];
        foreach (var status in new[] { StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable })
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.ContainsKey(key)) operation.Responses[key] = ProblemResponses.Response(status, context.Document);
        }
        foreach (var response in operation.Responses.Values.OfType<OpenApiResponse>())
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            foreach (var (name, description) in Headers)
                response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } };
        }
        return Task.CompletedTask;
    }
}
