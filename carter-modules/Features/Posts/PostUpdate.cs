using Blog.Domain.Posts;
using Blog.Domain.Rules;
using CarterModules.Data;

namespace CarterModules.Features.Posts;

/// <summary>The new state of an edited post; null content or tags stay as they are.</summary>
public sealed record PostUpdate(string Title, string? Content, PostStatus Status, IReadOnlyList<string>? Tags)
{
    /// <summary>Writes the update; the slug is recomputed only when the title's slug changes.</summary>
    public async Task ApplyAsync(Db db, PostWrites.Editable post, DateTime now, CancellationToken ct)
    {
        var args = new { post.Id, Title, Content, status = Status.ToWire(), now };
        const string set = "title = @Title, content = COALESCE(@Content, content), status = @status, updated_at = @now";
        if (Slug.From(Title) != Slug.From(post.Title))
            await PostWrites.SaveWithFreeSlugAsync(db, Title, post.Id, slug => db.ExecuteAsync(
                $"UPDATE posts SET {set}, slug = @slug WHERE id = @Id",
                new { post.Id, Title, Content, args.status, now, slug }, ct), ct);
        else
            await db.ExecuteAsync($"UPDATE posts SET {set} WHERE id = @Id", args, ct);
        if (Tags is not null) await PostWrites.SetTagsAsync(db, post.Id, Tags, ct);
    }
}
