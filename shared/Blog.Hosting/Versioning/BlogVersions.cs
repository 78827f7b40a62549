using Asp.Versioning;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Hosting.Versioning;

/// <summary>
/// The API's versions with Asp.Versioning: 1.0 (the default, also when none is asked) and 2.0, asked by the
/// <c>api-version</c> query parameter or header; every versioned answer reports <c>api-supported-versions</c>. The
/// API explorer groups each version's endpoints as "v1" and "v2", one OpenAPI document each.
/// </summary>
public static class BlogVersions
{
    public const string Name = "api-version";
    public static readonly ApiVersion V1 = new(1, 0);
    public static readonly ApiVersion V2 = new(2, 0);

    /// <summary>The OpenAPI documents, one per version, named like the explorer's groups.</summary>
    public static readonly IReadOnlyList<string> Documents = ["v1", "v2"];

    public static IApiVersioningBuilder AddBlogVersioning(this IServiceCollection services)
    {
        services.AddVersionProblems();
        return services
            .AddApiVersioning(options =>
            {
                options.DefaultApiVersion = V1;
                options.AssumeDefaultVersionWhenUnspecified = true;
                options.ReportApiVersions = true;
                options.ApiVersionReader = ApiVersionReader.Combine(new QueryStringApiVersionReader(Name), new HeaderApiVersionReader(Name));
            })
            .AddApiExplorer(explorer => explorer.GroupNameFormat = "'v'V");
    }

    /// <summary>
    /// Asp.Versioning reports the versions only on answers that reach an endpoint; this reports them on every answer
    /// of a versioned endpoint, the refusals of authentication and authorization before it (401, 403) too. After
    /// routing, which chooses the endpoint.
    /// </summary>
    public static IApplicationBuilder UseSupportedVersionsOnEveryAnswer(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiVersionMetadata>() is { IsApiVersionNeutral: false })
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.TryAdd(SupportedHeader, Supported);
                return Task.CompletedTask;
            });
        }
        return next(context);
    });

    private const string SupportedHeader = "api-supported-versions";
    private static readonly string Supported = $"{V1}, {V2}";

    /// <summary>The version set of a minimal API's route group: both versions, the same endpoints unless one is mapped to one.</summary>
    public static TBuilder WithBlogVersions<TBuilder>(this TBuilder group, IEndpointRouteBuilder app) where TBuilder : IEndpointConventionBuilder =>
        group.WithApiVersionSet(app.NewApiVersionSet().HasApiVersion(V1).HasApiVersion(V2).ReportApiVersions().Build());
}
