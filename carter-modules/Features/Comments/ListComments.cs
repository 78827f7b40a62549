using Blog.Domain.Errors;
using Blog.Domain.Paging;
using Blog.Hosting.Wire;
using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Comments;

/// <summary>GET /posts/{id}/comments: newest first, keyset pagination, 404 when the post is not visible.</summary>
public sealed record ListComments(CommentListQuery Query, int? ViewerId) : IQuery<Page<CommentView>>
{
    public sealed class Handler(Db db, CursorCodec cursors) : IQueryHandler<ListComments, Page<CommentView>>
    {
        public async ValueTask<Page<CommentView>> Handle(ListComments list, CancellationToken ct)
        {
            var query = list.Query;
            var post = await CommentRows.EnsurePostVisibleAsync(db, query.PostId, list.ViewerId, CommentRows.WithCommentCount, ct);
            var args = new Dapper.DynamicParameters(new { query.PostId, take = query.Limit + 1 });
            var after = "";
            if (query.After is { } position)
            {
                args.Add("afterAt", query.AfterTimestamp);
                args.Add("afterId", (int)position.Id);
                after = " AND (c.created_at < @afterAt OR (c.created_at = @afterAt AND c.id < @afterId))";
            }
            var rows = await db.QueryAsync<CommentRows.Row>(
                $"{CommentRows.Select} WHERE c.post_id = @PostId{after} ORDER BY c.created_at DESC, c.id DESC LIMIT @take",
                args, ct);
            return ListParameters.ToPage(rows.Select(r => r.ToView()).ToList(), query.Limit, post.CommentCount,
                comment => comment.Position(),
                position => cursors.Encode(query.Scope, position));
        }
    }
}
