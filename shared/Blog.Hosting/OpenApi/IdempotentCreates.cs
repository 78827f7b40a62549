using Blog.Hosting.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// A create that honours <c>Idempotency-Key</c> (<see cref="IIdempotentCreate"/>): the header it takes, the 400 of a
/// malformed key, and the <c>Idempotent-Replayed</c> of a replayed 201.
/// </summary>
public sealed class IdempotentCreates : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IIdempotentCreate>().Any()) return Task.CompletedTask;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKey.Header,
            In = ParameterLocation.Header,
            Description = "A key of the caller's: a retry with the same key and request gets the first answer again and creates nothing (24 hours).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKey.MaxLength },
        });
        operation.Responses ??= [];
        operation.Responses["400"] = ProblemResponses.Response(400, context.Document);
        if (operation.Responses.TryGetValue("201", out var created) && created is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[JsonAnswer.ReplayedHeader] = new OpenApiHeader
            {
                Description = "true when this is the stored answer of an earlier request with the same Idempotency-Key.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [System.Text.Json.Nodes.JsonValue.Create("true")] },
            };
        }
        return Task.CompletedTask;
    }
}
