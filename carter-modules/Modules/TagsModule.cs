using Blog.Hosting.Conditional;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Carter;
using CarterModules.Data;

namespace CarterModules.Modules;

/// <summary>The /tags router.</summary>
public sealed class TagsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGroup("/tags").WithTags("tags").WithBlogVersions(app).ProducesProblem(StatusCodes.Status503ServiceUnavailable).WithEntityTagMetadata()
            .RequireRateLimiting(RateLimitPolicies.AnonymousReads)
            .MapGet("/", async (Db db, CancellationToken cancellationToken) => TypedResults.Ok(await Tags.CountsAsync(db, cancellationToken)))
            .WithName("listTags").WithSummary("The tags of published posts, most used first");
}
