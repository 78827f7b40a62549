using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// Every error an operation answers, as the problem details every host writes (<see cref="Problems.BlogProblems"/>):
/// the statuses an endpoint declares, plus those the shared pipeline answers for any endpoint — 401 for a refused
/// bearer token or API key anywhere (but on an endpoint that answers <see cref="BeforeAuthenticationAttribute">before
/// authentication</see>), 403 for an API key outside its scope where credentials are needed, 400 for an unsupported
/// `api-version` on a versioned operation, and for a body 400
/// (broken JSON or form), 413, 415 and 422.
/// </summary>
public sealed class ProblemResponses : IOpenApiOperationTransformer
{
    private const string ContentType = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.Description.SupportedResponseTypes
            .Where(r => r.StatusCode >= 400 && (r.Type is null || r.Type == typeof(void) || typeof(ProblemDetails).IsAssignableFrom(r.Type)))
            .Select(r => r.StatusCode);
        int[] always = context.Description.ActionDescriptor.EndpointMetadata.OfType<BeforeAuthenticationAttribute>().Any()
            ? [] : [StatusCodes.Status401Unauthorized];
        int[] forKeys = KeyMayBeRefused(operation, context.Description.HttpMethod) ? [StatusCodes.Status403Forbidden] : [];
        int[] forVersion = operation.Parameters?.Any(p => p.Name == Versioning.BlogVersions.Name) == true ? [StatusCodes.Status400BadRequest] : [];
        int[] forBody = operation.RequestBody is null ? [] :
        [
            StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity,
        ];
        operation.Responses ??= [];
        foreach (var status in declared.Concat(always).Concat(forKeys).Concat(forVersion).Concat(forBody).Distinct())
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Response(status, context.Document);
        return Task.CompletedTask;
    }

    /// <summary>
    /// An operation that needs credentials answers an API key outside its scope 403: a read key on a write, or any key
    /// where keys are not accepted (the operation lists no ApiKey requirement).
    /// </summary>
    private static bool KeyMayBeRefused(OpenApiOperation operation, string? method) =>
        operation.Security is { Count: > 0 } security
        && (!HttpMethods.IsGet(method ?? "GET") || !security.Any(r => r.Keys.Any(s => s.Reference.Id == SecurityFromAuthorization.ApiKeyScheme)));

    internal static OpenApiResponse Response(int status, OpenApiDocument? document)
    {
        var schema = new OpenApiSchemaReference(status switch
        {
            StatusCodes.Status400BadRequest => ProblemSchemas.BadRequest,
            StatusCodes.Status422UnprocessableEntity => ProblemSchemas.Validation,
            _ => ProblemSchemas.Problem,
        }, document);
        var response = new OpenApiResponse
        {
            Description = ReasonPhrases.GetReasonPhrase(status),
            Content = new Dictionary<string, OpenApiMediaType> { [ContentType] = new() { Schema = schema } },
        };
        var header = status switch
        {
            StatusCodes.Status401Unauthorized => ("WWW-Authenticate", "The Bearer challenge, with error=\"invalid_token\" when a token was refused; for a refused API key ApiKey error=\"invalid_token\"."),
            StatusCodes.Status503ServiceUnavailable or StatusCodes.Status429TooManyRequests => ("Retry-After", "Seconds to wait before trying again."),
            _ => default((string, string)?),
        };
        if (header is var (name, text))
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                [name] = new OpenApiHeader { Required = true, Description = text, Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        return response;
    }
}
