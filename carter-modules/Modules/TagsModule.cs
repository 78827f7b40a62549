using Blog.Hosting.Caching;
using Blog.Hosting.Conditional;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Carter;
using CarterModules.Data;
using CarterModules.Responses;

namespace CarterModules.Modules;

/// <summary>The /tags router, its answer cached (<see cref="BlogCache"/>).</summary>
public sealed class TagsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGroup("/tags").WithTags("tags").WithBlogVersions(app).ProducesProblem(StatusCodes.Status503ServiceUnavailable).WithEntityTagMetadata()
            .RequireRateLimiting(RateLimitPolicies.AnonymousReads)
            .MapGet("/", async (BlogCache cache, CancellationToken cancellationToken) =>
                TypedResults.Ok(await cache.GetOrReadAsync<Db, List<TagCountResponse>>("tags", Tags.CountsAsync, cancellationToken)))
            .WithName("listTags").WithSummary("The tags of published posts, most used first");
}
