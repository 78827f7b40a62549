using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// A JSON answer is <c>application/json</c> (the other media types an MVC output formatter lists are not what the
/// contract answers), and a 201 names what it created in <c>Location</c>.
/// </summary>
public sealed class JsonResponses : IOpenApiOperationTransformer
{
    private const string Json = "application/json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var answer in (operation.Responses ?? []).Values)
        {
            if (answer.Content is { } content && content.TryGetValue(Json, out var json))
            {
                content.Clear();
                content[Json] = json;
            }
        }
        if (operation.Responses?.TryGetValue("201", out var created) == true && created is OpenApiResponse response)
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Location"] = new OpenApiHeader
                {
                    Required = true,
                    Description = "The path of the created resource.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            };
        return Task.CompletedTask;
    }
}
