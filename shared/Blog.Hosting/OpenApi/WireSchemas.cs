using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Blog.Domain.Paging;
using Blog.Hosting.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// What the wire's own converters write, for the types whose converter the schema generator cannot see into:
/// timestamps are strings, enums are strings, a PATCH field is the value it carries, a sort is its spelling.
/// </summary>
public sealed class WireSchemas : IOpenApiSchemaTransformer
{
    /// <summary>
    /// A named component for every type but a PATCH field, which is inlined as the value it carries; the name is the
    /// type's <see cref="WireSchemaAttribute"/> where it has one.
    /// </summary>
    public static string? ReferenceId(JsonTypeInfo type) =>
        OptionalValueType(type.Type) is not null ? null : WireName(type.Type) ?? OpenApiOptions.CreateDefaultSchemaReferenceId(type);

    private static string? WireName(Type type) =>
        type.GetCustomAttribute<WireSchemaAttribute>()?.Name
        ?? (type.IsGenericType && WireName(type.GetGenericArguments()[0]) is { } item
            ? type.GetGenericTypeDefinition() == typeof(Page<>) ? "PageOf" + item
            : type.GetGenericTypeDefinition() == typeof(CursorPage<>) ? "CursorPageOf" + item
            : null
            : null);

    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTime))
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = "date-time";
        }
        else if (type == typeof(DateTime?))
        {
            schema.Type = JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
        }
        else if (type.IsEnum)
        {
            schema.Type = JsonSchemaType.String;
        }
        else if (type == typeof(PostSort))
        {
            schema.Type = JsonSchemaType.String;
            schema.Properties = null;
            schema.Required = null;
            schema.Enum = PostSort.Names.SelectMany(name => new[] { name, "-" + name }).Select(v => (JsonNode)v).ToList();
            schema.Default = PostSort.Default.ToString();
        }
        else if (OptionalValueType(type) is { } valueType)
        {
            var value = await context.GetOrCreateSchemaAsync(valueType, null, cancellationToken);
            schema.Type = value.Type & ~JsonSchemaType.Null;
            schema.Items = value.Items;
            schema.Format = value.Format;
        }
    }

    private static Type? OptionalValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>) ? type.GetGenericArguments()[0] : null;
}
