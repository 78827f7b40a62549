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

    /// <summary>Comments exist only under a post the caller can see; otherwise the post is not found (404).</summary>
    public static async Task EnsurePostVisibleAsync(Db db, int postId, int? viewerId, CancellationToken ct)
    {
        var post = await db.QuerySingleOrDefaultAsync<PostAccess>(
            "SELECT status, author_id FROM posts WHERE id = @postId", new { postId }, ct);
        if (post is null || !PostPolicy.CanView(PostStatuses.ParseOr(post.Status, PostStatus.Draft), post.AuthorId, viewerId))
            throw PostErrors.NotFound();
    }

    public sealed class PostAccess
    {
        public string Status { get; init; } = "";
        public int AuthorId { get; init; }
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
