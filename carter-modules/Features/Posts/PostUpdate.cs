using Blog.Domain.Posts;
using Blog.Domain.Rules;
using CarterModules.Data;

namespace CarterModules.Features.Posts;

/// <summary>The new state of an edited post; null content or tags stay as they are.</summary>
public sealed record PostUpdate(string Title, string? Content, PostStatus Status, IReadOnlyList<string>? Tags)
{
    /// <summary>
    /// Writes the update in one statement; the slug is recomputed only when the title's slug changes (a null slug
    /// keeps the one the post has). 404 when the post is gone.
    /// </summary>
    public async Task ApplyAsync(Db db, PostWrites.Editable post, DateTime now, CancellationToken ct)
    {
        if (Slug.Changes(post.Title, Title))
            await PostWrites.SaveWithFreeSlugAsync(db, Title, post.Id, slug => UpdateAsync(db, post.Id, slug, now, ct), ct);
        else
            await UpdateAsync(db, post.Id, slug: null, now, ct);
        if (Tags is not null) await PostWrites.SetTagsAsync(db, post.Id, Tags, ct);
    }

    private async Task UpdateAsync(Db db, int id, string? slug, DateTime now, CancellationToken ct)
    {
        var updated = await db.ExecuteAsync(
            """
            UPDATE posts
            SET title = @Title, content = COALESCE(@Content, content), status = @status, updated_at = @now,
                slug = COALESCE(@slug, slug)
            WHERE id = @id
            """, new { id, Title, Content, status = Status.ToWire(), now, slug }, ct);
        if (updated == 0) throw PostErrors.NotFound();
    }
}
