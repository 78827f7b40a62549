using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Blog.Hosting.Observability;

/// <summary>
/// Documents GET /metrics, which the Prometheus exporter maps outside the endpoints the document is generated from:
/// the text exposition format, or OpenMetrics when the scraper asks for it (Prometheus does). It is tagged
/// <c>operations</c>, apart from the API's resources, and needs no token. The same in every host.
/// </summary>
public sealed class MetricsOperation : IOpenApiDocumentTransformer
{
    public const string Tag = "operations";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var text = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        var operation = new OpenApiOperation
        {
            OperationId = "getMetrics",
            Summary = "The Prometheus metrics of this instance",
            Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
            Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "OK",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["text/plain"] = text,
                        ["application/openmetrics-text"] = text,
                    },
                },
            },
            Security = [],
        };
        document.Paths.Add(MetricsEndpoint.Path, new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = operation },
        });
        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = Tag });
        return Task.CompletedTask;
    }
}
