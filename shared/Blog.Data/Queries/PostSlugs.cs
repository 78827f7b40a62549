using Blog.Data.Sql;
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

    /// <summary>Saves a tracked post under the first free slug for its title (retried when a simultaneous save wins).</summary>
    public static Task SaveWithFreeSlugAsync(this BlogDbContext db, Post post, CancellationToken ct) =>
        FreeSlug.SaveAsync(post.Title, baseSlug => db.Posts.SlugsLikeAsync(baseSlug, post.Id, ct), async slug =>
        {
            post.Slug = slug;
            await db.SaveChangesAsync(ct);
        });

    /// <summary>Saves an edited post: under a new free slug when <see cref="Post.Edit"/> said the slug changes.</summary>
    public static Task SaveEditAsync(this BlogDbContext db, Post post, bool slugChanges, CancellationToken ct) =>
        slugChanges ? db.SaveWithFreeSlugAsync(post, ct) : db.SaveChangesAsync(ct);
}
