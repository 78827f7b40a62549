using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>The query parameters an endpoint declares with <see cref="QueryParameterAttribute"/> replace the ones bound as text.</summary>
public sealed class DeclaredQueryParameters : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryParameterAttribute>().ToList();
        if (declared.Count == 0) return;
        var parameters = operation.Parameters?.Where(p => p.In != ParameterLocation.Query).ToList() ?? [];
        foreach (var query in declared)
        {
            var schema = await context.GetOrCreateSchemaAsync(query.Type, null, cancellationToken);
            if (query.Minimum != int.MinValue || query.Maximum != int.MaxValue || query.Default is not null)
            {
                var bounded = (OpenApiSchema)schema.CreateShallowCopy();
                if (query.Minimum != int.MinValue) bounded.Minimum = query.Minimum.ToString(CultureInfo.InvariantCulture);
                if (query.Maximum != int.MaxValue) bounded.Maximum = query.Maximum.ToString(CultureInfo.InvariantCulture);
                if (query.Default is not null) bounded.Default = JsonSerializer.SerializeToNode(query.Default);
                schema = bounded;
            }
            parameters.Add(new OpenApiParameter { Name = query.Name, In = ParameterLocation.Query, Schema = schema });
        }
        operation.Parameters = parameters;
    }
}
