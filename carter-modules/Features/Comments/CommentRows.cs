using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Wire;
using CarterModules.Data;

namespace CarterModules.Features.Comments;

public static class CommentRows
{
    public const string Select =
        """
        SELECT c.id, c.post_id, c.content, c.author_id, u.username AS author_username, c.created_at
        FROM comments c
        JOIN users u ON u.id = c.author_id
        """;

    /// <summary>The post's comment count, read with the visibility check.</summary>
    public const string WithCommentCount = ", (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) AS comment_count";

    /// <summary>The viewer's username, read with the visibility check.</summary>
    public const string WithViewerUsername = ", (SELECT u.username FROM users u WHERE u.id = @viewerId) AS viewer_username";

    /// <summary>
    /// Comments exist only under a post the caller can see; otherwise the post is not found (404). One statement,
    /// which also reads the <paramref name="columns"/> asked for (<see cref="WithCommentCount"/>, <see cref="WithViewerUsername"/>).
    /// </summary>
    public static async Task<PostAccess> EnsurePostVisibleAsync(Db db, int postId, int? viewerId, string columns, CancellationToken ct)
    {
        var post = await db.QuerySingleOrDefaultAsync<PostAccess>(
            $"SELECT p.status, p.author_id{columns} FROM posts p WHERE p.id = @postId", new { postId, viewerId }, ct);
        if (post is null || !PostPolicy.CanView(PostStatuses.ParseOr(post.Status, PostStatus.Draft), post.AuthorId, viewerId))
            throw PostErrors.NotFound();
        return post;
    }

    public sealed class PostAccess
    {
        public string Status { get; init; } = "";
        public int AuthorId { get; init; }
        public int CommentCount { get; init; }
        public string? ViewerUsername { get; init; }
    }

    public sealed class Row
    {
        public int Id { get; init; }
        public int PostId { get; init; }
        public string Content { get; init; } = "";
        public int AuthorId { get; init; }
        public string AuthorUsername { get; init; } = "";
        public DateTime CreatedAt { get; init; }

        public CommentView ToView() => new(Id, PostId, Content, new AuthorView(AuthorId, AuthorUsername), CreatedAt);
    }
}
