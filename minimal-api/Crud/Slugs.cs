using Blog.Data;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace MinimalApi.Crud;

public static class Slugs
{
    /// <summary>The slugs already in use that a post titled like this could collide with (itself excluded).</summary>
    public static async Task<List<string>> TakenAsync(this BlogDbContext db, string baseSlug, int exceptPostId, CancellationToken ct) =>
        await db.Posts
            .Where(p => p.Id != exceptPostId && (p.Slug == baseSlug || EF.Functions.Like(p.Slug, Slug.SiblingPattern(baseSlug))))
            .Select(p => p.Slug)
            .ToListAsync(ct);
}
