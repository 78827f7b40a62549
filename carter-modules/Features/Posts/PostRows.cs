using Blog.Domain.Posts;
using Blog.Hosting.Wire;
using CarterModules.Data;

namespace CarterModules.Features.Posts;

/// <summary>
/// Reads posts as the wire shows them: one statement for the posts with their author and comment count, one for
/// all their tags, whatever the number of posts.
/// </summary>
public static class PostRows
{
    /// <summary>The select list and joins; callers add WHERE, ORDER BY and LIMIT.</summary>
    public const string Select =
        """
        SELECT p.id, p.title, p.slug, p.content, p.status, p.author_id, u.username AS author_username,
               (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) AS comment_count,
               p.created_at, p.updated_at
        FROM posts p
        JOIN users u ON u.id = p.author_id
        """;

    /// <summary>Only the posts a viewer may see: published ones, and their own.</summary>
    public const string VisibleTo = "(p.status = 'published' OR p.author_id = @viewerId)";

    public static async Task<List<PostView>> WithTagsAsync(Db db, List<Row> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Id).ToArray();
        var tags = (await db.QueryAsync<TagRow>(
                $"SELECT post_id, name FROM post_tags WHERE {db.Dialect.AnyOf("post_id", "ids")}", new { ids }, ct))
            .ToLookup(t => t.PostId, t => t.Name);
        return rows.Select(r => r.ToView(tags[r.Id].ToList())).ToList();
    }

    /// <summary>One post as its author sees it (after a write): 404 when it does not exist.</summary>
    public static async Task<PostView> ViewAsync(Db db, int id, CancellationToken ct)
    {
        var rows = await db.QueryAsync<Row>($"{Select} WHERE p.id = @id", new { id }, ct);
        return rows.Count == 0 ? throw PostErrors.NotFound() : (await WithTagsAsync(db, rows, ct))[0];
    }

    public sealed class TagRow
    {
        public int PostId { get; init; }
        public string Name { get; init; } = "";
    }

    public sealed class Row
    {
        public int Id { get; init; }
        public string Title { get; init; } = "";
        public string Slug { get; init; } = "";
        public string Content { get; init; } = "";
        public string Status { get; init; } = "";
        public int AuthorId { get; init; }
        public string AuthorUsername { get; init; } = "";
        public int CommentCount { get; init; }
        public DateTime CreatedAt { get; init; }
        public DateTime UpdatedAt { get; init; }

        public PostView ToView(IReadOnlyList<string> tags) => new(
            Id, Title, Slug, Content, PostStatuses.ParseOr(Status, PostStatus.Draft), tags,
            new AuthorView(AuthorId, AuthorUsername), CommentCount, CreatedAt, UpdatedAt);
    }
}
