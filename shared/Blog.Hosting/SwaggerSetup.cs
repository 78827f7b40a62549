using Blog.Hosting.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Blog.Hosting;

public static class SwaggerSetup
{
    private const string Scheme = "oauth2";

    /// <summary>The OpenAPI document, with the OAuth2 password flow wired to /auth/login so Swagger UI's Authorize works.</summary>
    public static IServiceCollection AddBlogSwagger(this IServiceCollection services, string title) =>
        services.AddEndpointsApiExplorer().AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo { Title = title, Version = "v1" });
            // A PATCH field is documented as the value it carries; absence is what makes it optional.
            swagger.MapType<Optional<string>>(() => new OpenApiSchema { Type = JsonSchemaType.String });
            swagger.MapType<Optional<List<string>>>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            swagger.AddSecurityDefinition(Scheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Log in with a username and password; Swagger UI then sends the access token.",
                Flows = new OpenApiOAuthFlows
                {
                    Password = new OpenApiOAuthFlow { TokenUrl = new Uri("/auth/login", UriKind.Relative) },
                },
            });
            swagger.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(Scheme, document)] = [],
            });
        });

    public static IApplicationBuilder UseBlogSwagger(this IApplicationBuilder app) =>
        app.UseSwagger().UseSwaggerUI(ui => ui.DocumentTitle = "Blog API");
}
