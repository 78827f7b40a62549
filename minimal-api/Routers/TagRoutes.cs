using Blog.Data;
using Blog.Domain.Posts;
using Blog.Hosting.Caching;
using Blog.Hosting.Conditional;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>GET /tags: tags of published posts, most used first, then by name; cached (<see cref="BlogCache"/>).</summary>
public static class TagRoutes
{
    public static void MapTags(this IEndpointRouteBuilder app) =>
        app.MapGroup("/tags").WithTags("tags").WithBlogVersions(app).ProducesProblem(StatusCodes.Status503ServiceUnavailable).WithEntityTags()
            .RequireRateLimiting(RateLimitPolicies.AnonymousReads)
            .MapGet("/", List).WithName("listTags").WithSummary("The tags of published posts, most used first");

    private static async Task<Ok<List<TagCount>>> List(BlogCache cache, CancellationToken cancellationToken) =>
        TypedResults.Ok(await cache.GetOrReadAsync<BlogDbContext, List<TagCount>>("tags", Counts, cancellationToken));

    private static async ValueTask<List<TagCount>> Counts(BlogDbContext db, CancellationToken cancellationToken)
    {
        var counts = await db.Posts
            .Where(p => p.Status == PostStatus.Published)
            .SelectMany(p => p.Tags)
            .GroupBy(t => t.Name)
            .Select(g => new { Name = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts
            .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new TagCount(t.Name, t.Count))
            .ToList();
    }
}
