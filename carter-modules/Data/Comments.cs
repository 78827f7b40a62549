using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using CarterModules.Responses;
using Dapper;

namespace CarterModules.Data;

/// <summary>The comments' SQL. Comments exist only under a post the caller can see; otherwise that post is not found.</summary>
public static class Comments
{
    /// <summary>Newest first, keyset pagination: two statements, the visibility check with the total, then the page.</summary>
    public static async Task<Page<CommentResponse>> PageAsync(Db db, CommentListQuery query, int? viewerId, CursorCodec cursors, CancellationToken cancellationToken)
    {
        var post = await VisiblePostAsync(db, query.PostId, viewerId,
            ", (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) AS comment_count", cancellationToken);
        var args = new DynamicParameters(new { query.PostId, take = query.Limit + 1 });
        var after = "";
        if (query.After is { } position)
        {
            args.Add("afterAt", query.AfterTimestamp);
            args.Add("afterId", (int)position.Id);
            after = " AND (c.created_at < @afterAt OR (c.created_at = @afterAt AND c.id < @afterId))";
        }
        var rows = await db.QueryAsync<Row>(
            $"""
            SELECT c.id, c.post_id, c.content, c.author_id, u.username AS author_username, c.created_at
            FROM comments c
            JOIN users u ON u.id = c.author_id
            WHERE c.post_id = @PostId{after}
            ORDER BY c.created_at DESC, c.id DESC
            LIMIT @take
            """, args, cancellationToken);
        return ListParameters.ToPage(rows.Select(r => r.ToResponse()).ToList(), query.Limit, post.CommentCount,
            comment => comment.Position(),
            position => cursors.Encode(query.Scope, position));
    }

    /// <summary>One statement: the comment under that post, if the viewer can see the post; 404 otherwise.</summary>
    public static async Task<CommentResponse> FindVisibleAsync(Db db, int postId, int commentId, int? viewerId, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>(
            """
            SELECT c.id, c.post_id, c.content, c.author_id, u.username AS author_username, c.created_at
            FROM comments c
            JOIN users u ON u.id = c.author_id
            JOIN posts p ON p.id = c.post_id
            WHERE c.id = @commentId AND c.post_id = @postId AND (p.status = 'published' OR p.author_id = @viewerId)
            """, new { postId, commentId, viewerId }, cancellationToken);
        return row?.ToResponse() ?? throw PostErrors.CommentNotFound();
    }

    /// <summary>Two statements: the visibility check with the author's name, then the insert.</summary>
    public static async Task<CommentResponse> InsertAsync(Db db, int postId, int authorId, string content, DateTime now, CancellationToken cancellationToken)
    {
        var post = await VisiblePostAsync(db, postId, authorId,
            ", (SELECT u.username FROM users u WHERE u.id = @viewerId) AS viewer_username", cancellationToken);
        // A post deleted since the check fails the foreign key here, which the shared problems answer with 404.
        var id = await db.ScalarAsync<int>(
            """
            INSERT INTO comments (post_id, author_id, content, created_at)
            VALUES (@postId, @authorId, @content, @now)
            RETURNING id
            """, new { postId, authorId, content, now }, cancellationToken);
        return new CommentResponse(id, postId, content, new AuthorResponse(authorId, post.ViewerUsername!), now);
    }

    /// <summary>By the comment's author or the post's author; 404 under a post the caller cannot see.</summary>
    public static async Task DeleteAsync(Db db, int postId, int commentId, int userId, CancellationToken cancellationToken)
    {
        var found = await db.QuerySingleOrDefaultAsync<DeleteTarget>(
            """
            SELECT c.author_id, p.author_id AS post_author_id, p.status
            FROM comments c JOIN posts p ON p.id = c.post_id
            WHERE c.id = @commentId AND c.post_id = @postId
            """, new { postId, commentId }, cancellationToken);
        if (found is null || !PostPolicy.CanView(PostStatuses.ParseOr(found.Status, PostStatus.Draft), found.PostAuthorId, userId))
            throw PostErrors.CommentNotFound();
        if (!PostPolicy.CanDeleteComment(found.AuthorId, found.PostAuthorId, userId))
            throw PostErrors.CannotDeleteComment();
        if (await db.ExecuteAsync("DELETE FROM comments WHERE id = @commentId", new { commentId }, cancellationToken) == 0)
            throw PostErrors.CommentNotFound();
    }

    /// <summary>The post, if the viewer can see it, read in one statement with the <paramref name="columns"/> asked for.</summary>
    private static async Task<PostAccess> VisiblePostAsync(Db db, int postId, int? viewerId, string columns, CancellationToken cancellationToken)
    {
        var post = await db.QuerySingleOrDefaultAsync<PostAccess>(
            $"SELECT p.status, p.author_id{columns} FROM posts p WHERE p.id = @postId", new { postId, viewerId }, cancellationToken);
        if (post is null || !PostPolicy.CanView(PostStatuses.ParseOr(post.Status, PostStatus.Draft), post.AuthorId, viewerId))
            throw PostErrors.NotFound();
        return post;
    }

    private sealed class PostAccess
    {
        public string Status { get; init; } = "";
        public int AuthorId { get; init; }
        public int CommentCount { get; init; }
        public string? ViewerUsername { get; init; }
    }

    private sealed class DeleteTarget
    {
        public int AuthorId { get; init; }
        public int PostAuthorId { get; init; }
        public string Status { get; init; } = "";
    }

    private sealed class Row
    {
        public int Id { get; init; }
        public int PostId { get; init; }
        public string Content { get; init; } = "";
        public int AuthorId { get; init; }
        public string AuthorUsername { get; init; } = "";
        public DateTime CreatedAt { get; init; }

        public CommentResponse ToResponse() => new(Id, PostId, Content, new AuthorResponse(AuthorId, AuthorUsername), CreatedAt);
    }
}
