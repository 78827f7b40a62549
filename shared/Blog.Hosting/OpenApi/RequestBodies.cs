using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// A request body is described where it is used, not as a named component: each host names its input types in its
/// own idiom, while the wire shape is the same. Its fields are required and nullable as the host's validation
/// (<see cref="IBodyValidation"/>) decides, and unknown fields are allowed, as the contract says.
/// </summary>
public sealed class RequestBodies : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var bodyType = description.ParameterDescriptions
                .FirstOrDefault(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form)?.Type
            ?? description.ActionDescriptor.EndpointMetadata.OfType<IAcceptsMetadata>().LastOrDefault(a => a.RequestType is not null)?.RequestType;
        if (bodyType is null) return;

        var schema = (OpenApiSchema)(await context.GetOrCreateSchemaAsync(bodyType, null, cancellationToken)).CreateShallowCopy();
        ApplyValidation(schema, bodyType, context.ApplicationServices);

        // What the endpoint accepts, not every media type an MVC input formatter could read.
        var contentTypes = description.ActionDescriptor.EndpointMetadata.OfType<IAcceptsMetadata>()
            .LastOrDefault(a => a.ContentTypes.Count > 0)?.ContentTypes ?? [];
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = contentTypes.ToDictionary(type => type, _ => new OpenApiMediaType { Schema = schema }),
        };
    }

    private static void ApplyValidation(OpenApiSchema schema, Type bodyType, IServiceProvider services)
    {
        var validation = services.GetRequiredService<IBodyValidation>();
        var options = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using var scope = services.CreateScope();
        var missing = validation.RefusedFields(Body("{}", bodyType, options), scope.ServiceProvider);
        var properties = new Dictionary<string, IOpenApiSchema>(schema.Properties ?? new Dictionary<string, IOpenApiSchema>());
        schema.Properties = properties;
        var required = new List<string>();
        foreach (var (name, property) in properties.ToList())
        {
            if (schema.Required?.Contains(name) == true || missing.Contains(name)) required.Add(name);
            var sentNull = new JsonObject { [name] = null }.ToJsonString();
            if (property is OpenApiSchema { Type: { } type } value && type.HasFlag(JsonSchemaType.Null)
                && validation.RefusedFields(Body(sentNull, bodyType, options), scope.ServiceProvider).Contains(name))
            {
                var notNull = (OpenApiSchema)value.CreateShallowCopy();
                notNull.Type = type & ~JsonSchemaType.Null;
                properties[name] = notNull;
            }
        }
        schema.Required = required.Count == 0 ? null : new HashSet<string>(required);
        schema.AdditionalPropertiesAllowed = true;
    }

    private static object Body(string json, Type type, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(json, type, options) ?? throw new InvalidOperationException($"No {type.Name} from {json}.");
}
