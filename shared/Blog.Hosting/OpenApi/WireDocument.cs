using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// The document-wide conventions: the title, a relative server, the OAuth2 password flow against /auth/login and the
/// ApiKey header scheme, the
/// problem schemas, response objects that hold exactly their listed members, and a stable order — paths, tags and
/// components sorted, unused components dropped — so that three hosts serving one API serve one document.
/// </summary>
public sealed class WireDocument(string title, string version) : IOpenApiDocumentTransformer
{
    /// <summary>The contract's resources, one tag each, and the operators' endpoints.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["auth"] = "Accounts and tokens: register, log in, refresh, log out.",
        ["users"] = "The caller's own account and API keys, and other users' public profiles.",
        ["posts"] = "Posts: drafts visible to their author, published posts to everyone.",
        ["comments"] = "Comments under a post, newest first.",
        ["notifications"] = "The caller's notifications: a comment on one of their posts, written by a background job.",
        ["tags"] = "Tags of published posts, with their counts.",
        ["health"] = "Whether the process and the database answer.",
        [Observability.MetricsOperation.Tag] = "What operators read: the Prometheus metrics of the instance.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo { Title = title, Version = version };
        document.Servers = [new OpenApiServer { Url = "/" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [SecurityFromAuthorization.Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Log in with a username and password; Swagger UI then sends the access token.",
                Flows = new OpenApiOAuthFlows
                {
                    Password = new OpenApiOAuthFlow { TokenUrl = new Uri("/auth/login", UriKind.Relative), Scopes = new Dictionary<string, string>() },
                },
            },
            [SecurityFromAuthorization.ApiKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "Authorization",
                Description = "A personal API key made at POST /users/me/api-keys, sent as `Authorization: ApiKey <key>`; "
                    + "a read key only reads.",
            },
        };

        var schemas = document.Components.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>().Where(s => s.Properties is { Count: > 0 }))
            schema.AdditionalPropertiesAllowed = false;
        foreach (var (name, problem) in ProblemSchemas.All()) schemas[name] = problem;

        var used = SchemaReferences.UsedBy(document.Paths, schemas);
        document.Components.Schemas = schemas.Where(s => used.Contains(s.Key))
            .OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary();

        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal)) paths.Add(path, item);
        foreach (var operation in paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            if (operation.Responses is not { } responses) continue;
            var sorted = new OpenApiResponses();
            foreach (var (status, response) in responses.OrderBy(r => r.Key, StringComparer.Ordinal)) sorted.Add(status, response);
            operation.Responses = sorted;
        }
        document.Paths = paths;
        if (document.Tags is { } tags)
        {
            foreach (var tag in tags) tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
            document.Tags = new HashSet<OpenApiTag>(tags.OrderBy(t => t.Name, StringComparer.Ordinal));
        }
        return Task.CompletedTask;
    }
}
