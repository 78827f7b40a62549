using Asp.Versioning;
using Blog.Data;
using Blog.Hosting.Caching;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Api.Conditional;
using MvcControllers.Api.Serializers;
using MvcControllers.Models;

namespace MvcControllers.Api.Controllers;

/// <summary>
/// GET /tags: a read-only list view of the tags of published posts, most used first, then by name; cached
/// (≈ <c>@cache_page</c>, but keyed by the cache's generation: <see cref="BlogCache"/>).
/// </summary>
[Route("tags")]
[EntityTags]
[ApiVersion(1.0)]
[ApiVersion(2.0)]
[Tags("tags")]
[EnableRateLimiting(RateLimitPolicies.AnonymousReads)]
[ProducesResponseType(StatusCodes.Status503ServiceUnavailable)]
public sealed class TagsController(BlogCache cache) : BlogApiController
{
    [HttpGet(Name = "listTags")]
    [EndpointSummary("The tags of published posts, most used first")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<List<TagCountRepresentation>> List(CancellationToken cancellationToken) =>
        await cache.GetOrReadAsync<BlogDbContext, List<TagCountRepresentation>>("tags", CountsAsync, cancellationToken);

    private static async ValueTask<List<TagCountRepresentation>> CountsAsync(BlogDbContext db, CancellationToken cancellationToken)
    {
        // ≈ .values("name").annotate(post_count=Count("post")): grouped in SQL, ordered here by ordinal name,
        // because database collations disagree about where '-' sorts.
        var counts = await db.Posts.Published()
            .SelectMany(p => p.Tags)
            .GroupBy(t => t.Name)
            .Select(g => new TagCountRepresentation(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        return counts.OrderByDescending(t => t.PostCount).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
    }
}
