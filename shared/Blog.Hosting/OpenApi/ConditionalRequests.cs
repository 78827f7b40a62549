using Blog.Hosting.Conditional;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// What a tagged endpoint (<see cref="IEntityTagged"/>) answers: an <c>ETag</c> on its JSON 200 and 201; on a GET,
/// <c>Cache-Control</c> and <c>Vary</c> too, the <c>If-None-Match</c> it honours and its 304. A write marked
/// <see cref="IfMatchAttribute"/> takes <c>If-Match</c> and may answer 412.
/// </summary>
public sealed class ConditionalRequests : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var isGet = string.Equals(context.Description.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
        operation.Responses ??= [];
        if (metadata.OfType<IEntityTagged>().Any())
        {
            foreach (var status in (string[])["200", "201"])
            {
                if (operation.Responses.TryGetValue(status, out var answer) && answer is OpenApiResponse { Content.Count: > 0 } response)
                    AddHeaders(response, isGet && status == "200");
            }
            if (isGet)
            {
                Parameter(operation, "If-None-Match", "ETags of representations the caller has (or *): a match is a 304 without a body.");
                var notModified = new OpenApiResponse { Description = "Not Modified" };
                AddHeaders(notModified, readable: true);
                operation.Responses["304"] = notModified;
            }
        }
        if (metadata.OfType<IfMatchAttribute>().Any())
        {
            Parameter(operation, "If-Match", "ETags the post must still have (or * for any): otherwise nothing is written and the answer is 412.");
            operation.Responses["412"] = ProblemResponses.Response(412, context.Document);
        }
        return Task.CompletedTask;
    }

    private static void AddHeaders(OpenApiResponse response, bool readable)
    {
        var headers = response.Headers ?? new Dictionary<string, IOpenApiHeader>();
        headers["ETag"] = Header("The strong tag of the body (with -br or -gzip when compressed).");
        if (readable)
        {
            headers["Cache-Control"] = Header("no-cache for an anonymous caller, private, no-cache for an authenticated one.");
            headers["Vary"] = Header("Authorization, api-version, and Accept-Encoding when the body may be compressed.");
        }
        response.Headers = headers;
    }

    private static OpenApiHeader Header(string description) =>
        new() { Required = true, Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };

    private static void Parameter(OpenApiOperation operation, string name, string description)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}
