using Blog.Data.Sql;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Queries;

public static class PostSlugs
{
    /// <summary>The slugs in use that a post titled like this could collide with (the post itself excluded).</summary>
    public static Task<List<string>> SlugsLikeAsync(
        this IQueryable<Post> posts, string baseSlug, int exceptPostId, CancellationToken cancellationToken) =>
        posts.Where(p => p.Id != exceptPostId && (p.Slug == baseSlug || EF.Functions.Like(p.Slug, Slug.SiblingPattern(baseSlug))))
            .Select(p => p.Slug)
            .ToListAsync(cancellationToken);

    /// <summary>Saves a tracked post under the first free slug for its title (retried when a simultaneous save wins).</summary>
    public static Task SaveWithFreeSlugAsync(this BlogDbContext db, Post post, CancellationToken cancellationToken) =>
        FreeSlug.SaveAsync(post.Title, baseSlug => db.Posts.SlugsLikeAsync(baseSlug, post.Id, cancellationToken), async slug =>
        {
            post.Slug = slug;
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>Saves an edited post: under a new free slug when <see cref="Post.Edit"/> said the slug changes.</summary>
    public static Task SaveEditAsync(this BlogDbContext db, Post post, bool slugChanges, CancellationToken cancellationToken) =>
        slugChanges ? db.SaveWithFreeSlugAsync(post, cancellationToken) : db.SaveChangesAsync(cancellationToken);
}
