using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>The names of the components the operations reach, directly or through other components.</summary>
public static class SchemaReferences
{
    public static HashSet<string> UsedBy(OpenApiPaths paths, IDictionary<string, IOpenApiSchema> components)
    {
        var found = new HashSet<string>();
        var pending = new Stack<IOpenApiSchema>(paths.Values
            .SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(SchemasOf));
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (found.Add(id) && components.TryGetValue(id, out var target)) pending.Push(target);
                continue;
            }
            foreach (var child in ChildrenOf(schema)) pending.Push(child);
        }
        return found;
    }

    private static IEnumerable<IOpenApiSchema> SchemasOf(OpenApiOperation operation) =>
        (operation.Parameters ?? Enumerable.Empty<IOpenApiParameter>()).Select(p => p.Schema)
            .Concat((operation.RequestBody?.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>()).Select(m => m.Schema))
            .Concat((operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>()).SelectMany(r =>
                (r.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>()).Select(m => m.Schema).Concat((r.Headers?.Values ?? Enumerable.Empty<IOpenApiHeader>()).Select(h => h.Schema))))
            .OfType<IOpenApiSchema>();

    private static IEnumerable<IOpenApiSchema> ChildrenOf(IOpenApiSchema schema) =>
        (schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>())
            .Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? [])
            .Append(schema.Items).Append(schema.AdditionalProperties)
            .OfType<IOpenApiSchema>();
}
