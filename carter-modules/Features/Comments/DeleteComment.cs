using Blog.Domain.Posts;
using Blog.Domain.Rules;
using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Comments;

/// <summary>DELETE /posts/{id}/comments/{comment_id}: by the comment's author or the post's author.</summary>
public sealed record DeleteComment(int PostId, int CommentId, int UserId) : ICommand
{
    public sealed class Handler(Db db) : ICommandHandler<DeleteComment>
    {
        public async ValueTask<Unit> Handle(DeleteComment command, CancellationToken ct)
        {
            var found = await db.QuerySingleOrDefaultAsync<Target>(
                """
                SELECT c.author_id, p.author_id AS post_author_id, p.status
                FROM comments c JOIN posts p ON p.id = c.post_id
                WHERE c.id = @CommentId AND c.post_id = @PostId
                """, command, ct);
            if (found is null || !PostPolicy.CanView(PostStatuses.ParseOr(found.Status, PostStatus.Draft), found.PostAuthorId, command.UserId))
                throw PostErrors.CommentNotFound();
            if (!PostPolicy.CanDeleteComment(found.AuthorId, found.PostAuthorId, command.UserId))
                throw PostErrors.CannotDeleteComment();
            var deleted = await db.ExecuteAsync("DELETE FROM comments WHERE id = @CommentId", command, ct);
            return deleted == 1 ? Unit.Value : throw PostErrors.CommentNotFound();
        }
    }

    public sealed class Target
    {
        public int AuthorId { get; init; }
        public int PostAuthorId { get; init; }
        public string Status { get; init; } = "";
    }
}
