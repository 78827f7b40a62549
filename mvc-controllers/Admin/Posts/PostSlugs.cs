using Blog.Data;
using Blog.Data.Sql;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Admin.Posts;

public static class PostSlugs
{
    /// <summary>Saves a tracked post under the first free slug for its title (the shared allocation, retried on a race).</summary>
    public static Task SaveWithFreeSlugAsync(this BlogDbContext db, Post post, CancellationToken ct) =>
        FreeSlug.SaveAsync(post.Title, baseSlug => db.Posts
                .Where(p => p.Id != post.Id && (p.Slug == baseSlug || EF.Functions.Like(p.Slug, Slug.SiblingPattern(baseSlug))))
                .Select(p => p.Slug)
                .ToListAsync(ct),
            async slug =>
            {
                post.Slug = slug;
                await db.SaveChangesAsync(ct);
            });
}
