using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// RFC 9457 problem details as every host writes them: a validation problem (422) always names the broken fields, a
/// bad request (400) names them when a query parameter is at fault and not when the body cannot be read.
/// </summary>
public static class ProblemSchemas
{
    public const string Problem = "ProblemDetails";
    public const string BadRequest = "BadRequestProblem";
    public const string Validation = "ValidationProblem";

    public static IEnumerable<(string Name, OpenApiSchema Schema)> All() =>
    [
        (Problem, Schema(errors: null)),
        (BadRequest, Schema(errors: false)),
        (Validation, Schema(errors: true)),
    ];

    /// <param name="errors">null: no errors member; false: an optional one; true: a required one.</param>
    private static OpenApiSchema Schema(bool? errors)
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
        var required = new HashSet<string>(properties.Keys);
        if (errors is { } errorsRequired)
        {
            if (errorsRequired) required.Add("errors");
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
        }
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = properties,
            Required = required,
            AdditionalPropertiesAllowed = false,
        };
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
