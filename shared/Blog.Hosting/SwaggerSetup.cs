using Blog.Data;
using Blog.Hosting.Observability;
using Blog.Hosting.OpenApi;
using Blog.Hosting.Versioning;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Blog.Hosting;

/// <summary>
/// The OpenAPI document of a host, generated from its own endpoints by Microsoft.AspNetCore.OpenApi with the wire's
/// JSON options, then given the API's protocol conventions; Swagger UI at /swagger with the OAuth2 password flow.
/// The document is always served; the UI is off in Production unless `Swagger:Enabled` is true (and on elsewhere
/// unless it is false): a deployed API need not hand out a console for itself.
/// </summary>
public static class SwaggerSetup
{
    public const string EnabledKey = "Swagger:Enabled";

    public static IServiceCollection AddBlogSwagger(this IServiceCollection services, string title)
    {
        services.TryAddSingleton<IBodyValidation, DataAnnotationsBodyValidation>();
        // One document per API version: the versioned API explorer groups each version's endpoints under its name.
        foreach (var version in BlogVersions.Documents)
        {
            services.AddOpenApi(version, options =>
            {
                options.CreateSchemaReferenceId = WireSchemas.ReferenceId;
                options.AddSchemaTransformer<WireSchemas>();
                options.AddOperationTransformer<RequestBodies>();
                options.AddOperationTransformer<DeclaredQueryParameters>();
                options.AddOperationTransformer<VersionParameters>();
                options.AddOperationTransformer<SecurityFromAuthorization>();
                options.AddOperationTransformer<ProblemResponses>();
                options.AddOperationTransformer<JsonResponses>();
                options.AddOperationTransformer<ConditionalRequests>();
                options.AddOperationTransformer<IdempotentCreates>();
                options.AddOperationTransformer<RateLimitResponses>();
                options.AddDocumentTransformer<MetricsOperation>();
                options.AddDocumentTransformer(new WireDocument(title, version));
            });
        }
        return services;
    }

    public static WebApplication UseBlogSwagger(this WebApplication app)
    {
        app.MapOpenApi("/swagger/{documentName}/swagger.json");
        if (!UiEnabled(app.Configuration, app.Environment)) return app;
        // Swagger UI's own redirect is relative, which the trailing-slash rule turns into a 404 for "/swagger/".
        app.Use((context, next) =>
        {
            if (context.Request.Path.Value?.TrimEnd('/') != "/swagger") return next(context);
            context.Response.Redirect($"{context.Request.PathBase}/swagger/index.html");
            return Task.CompletedTask;
        });
        app.UseSwaggerUI(ui =>
        {
            ui.DocumentTitle = "Blog API";
            // Relative to the UI page, so that it is found under a proxy's prefix too (/minimal/swagger/index.html).
            foreach (var version in BlogVersions.Documents) ui.SwaggerEndpoint($"{version}/swagger.json", $"Blog API {version}");
        });
        return app;
    }

    public static bool UiEnabled(IConfiguration configuration, IHostEnvironment environment) => configuration[EnabledKey] switch
    {
        null or "" => !environment.IsProduction(),
        var value => bool.TryParse(value, out var enabled) ? enabled
            : throw new InvalidSettingException($"{EnabledKey} is '{value}'; it must be true or false."),
    };
}
