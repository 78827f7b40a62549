using Blog.Hosting.Versioning;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// A versioned operation lists how to ask for a version — the <c>api-version</c> query parameter and header — last and
/// described, whatever order the host's explorer gave them in (and whichever of them a declared query list replaced).
/// </summary>
public sealed class VersionParameters : IOpenApiOperationTransformer
{
    private const string Description = "The API version, 1.0 (the default) or 2.0; query and header, when both are sent, must agree.";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Parameters?.Any(p => p.Name == BlogVersions.Name) != true) return Task.CompletedTask;
        operation.Parameters = [.. operation.Parameters.Where(p => p.Name != BlogVersions.Name), Parameter(ParameterLocation.Query), Parameter(ParameterLocation.Header)];
        return Task.CompletedTask;
    }

    private static OpenApiParameter Parameter(ParameterLocation location) => new()
    {
        Name = BlogVersions.Name,
        In = location,
        Description = Description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["1.0", "2.0"], Default = "1.0" },
    };
}
