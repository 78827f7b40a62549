using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>RFC 9457 problem details as every host writes them; a validation problem adds the broken fields.</summary>
public static class ProblemSchemas
{
    public static OpenApiSchema Problem(bool withErrors)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI reference that identifies the problem type."),
            ["title"] = Text("The HTTP reason phrase of the status."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = Text("A human sentence about this occurrence."),
            ["instance"] = Text("The request path."),
            ["trace_id"] = Text("The W3C trace id of the request."),
        };
        if (withErrors)
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "The messages of each broken field or query parameter, by its snake_case name.",
                AdditionalProperties = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = properties,
            Required = new HashSet<string>(properties.Keys),
            AdditionalPropertiesAllowed = false,
        };
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
