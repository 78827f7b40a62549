using Blog.Data.Sql;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using CarterModules.Data;

namespace CarterModules.Features.Posts;

/// <summary>The statements the post commands share: who may edit, the free slug, and the tag rows.</summary>
public static class PostWrites
{
    public sealed class Editable
    {
        public int Id { get; init; }
        public string Title { get; init; } = "";
        public string Status { get; init; } = "";
        public int AuthorId { get; init; }

        public PostStatus PostStatus => PostStatuses.ParseOr(Status, PostStatus.Draft);
    }

    /// <summary>
    /// The post if the caller may change it: 404 when they cannot see it, 403 when it is not theirs. In a write
    /// transaction the row stays locked until it ends, so a simultaneous DELETE waits for this edit (or, when it came
    /// first, the post is not found).
    /// </summary>
    public static async Task<Editable> EditableAsync(Db db, int id, int userId, CancellationToken ct)
    {
        var post = await db.QuerySingleOrDefaultAsync<Editable>(
            $"SELECT id, title, status, author_id FROM posts WHERE id = @id{db.Dialect.LockForWrite}", new { id }, ct);
        if (post is null || !PostPolicy.CanView(post.PostStatus, post.AuthorId, userId)) throw PostErrors.NotFound();
        return PostPolicy.CanEdit(post.AuthorId, userId) ? post : throw PostErrors.NotAuthor();
    }

    /// <summary>
    /// Runs <paramref name="saveWithSlug"/> (one statement) with the first free slug for the title; when a simultaneous
    /// write took that slug first, the unique index refuses it, the attempt is undone and the next free slug is tried.
    /// </summary>
    public static Task SaveWithFreeSlugAsync(Db db, string title, int exceptPostId, Func<string, Task> saveWithSlug, CancellationToken ct) =>
        FreeSlug.SaveAsync(title,
            baseSlug => db.QueryAsync<string>(
                "SELECT slug FROM posts WHERE id <> @exceptPostId AND (slug = @baseSlug OR slug LIKE @siblings)",
                new { exceptPostId, baseSlug, siblings = Slug.SiblingPattern(baseSlug) }, ct),
            slug => db.AttemptAsync(() => saveWithSlug(slug), ct));

    /// <summary>Makes the post's tags exactly these names, in one statement each for removing and adding.</summary>
    public static async Task SetTagsAsync(Db db, int postId, IReadOnlyList<string> names, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM post_tags WHERE post_id = @postId", new { postId }, ct);
        if (names.Count == 0) return;
        var values = string.Join(", ", names.Select((_, i) => $"(@postId, @name{i})"));
        var args = new Dapper.DynamicParameters(new { postId });
        for (var i = 0; i < names.Count; i++) args.Add($"name{i}", names[i]);
        await db.ExecuteAsync($"INSERT INTO post_tags (post_id, name) VALUES {values}", args, ct);
    }
}
