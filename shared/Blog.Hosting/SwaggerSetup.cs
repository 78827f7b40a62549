using Blog.Hosting.Observability;
using Blog.Hosting.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Blog.Hosting;

/// <summary>
/// The OpenAPI document of a host, generated from its own endpoints by Microsoft.AspNetCore.OpenApi with the wire's
/// JSON options, then given the API's protocol conventions; Swagger UI at /swagger with the OAuth2 password flow.
/// </summary>
public static class SwaggerSetup
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IServiceCollection AddBlogSwagger(this IServiceCollection services, string title)
    {
        services.TryAddSingleton<IBodyValidation, DataAnnotationsBodyValidation>();
        return services.AddOpenApi("v1", options =>
        {
            options.CreateSchemaReferenceId = WireSchemas.ReferenceId;
            options.AddSchemaTransformer<WireSchemas>();
            options.AddOperationTransformer<RequestBodies>();
            options.AddOperationTransformer<DeclaredQueryParameters>();
            options.AddOperationTransformer<SecurityFromAuthorization>();
            options.AddOperationTransformer<ProblemResponses>();
            options.AddOperationTransformer<JsonResponses>();
            options.AddDocumentTransformer<MetricsOperation>();
            options.AddDocumentTransformer(new WireDocument(title));
        });
    }

    public static WebApplication UseBlogSwagger(this WebApplication app)
    {
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
            ui.SwaggerEndpoint(DocumentPath, "Blog API v1");
        });
        app.MapOpenApi("/swagger/{documentName}/swagger.json");
        return app;
    }
}
