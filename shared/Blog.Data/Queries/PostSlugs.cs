using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Queries;

public static class PostSlugs
{
    /// <summary>The slugs in use that a post titled like this could collide with (the post itself excluded).</summary>
    public static Task<List<string>> SlugsLikeAsync(
        this IQueryable<Post> posts, string baseSlug, int exceptPostId, CancellationToken ct) =>
        posts.Where(p => p.Id != exceptPostId && (p.Slug == baseSlug || EF.Functions.Like(p.Slug, Slug.SiblingPattern(baseSlug))))
            .Select(p => p.Slug)
            .ToListAsync(ct);
}
