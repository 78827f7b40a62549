using Blog.Domain.Posts;
using Blog.Hosting.Wire;
using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Posts;

/// <summary>GET /posts/{id}: 404 when it does not exist or is someone else's draft or archived post.</summary>
public sealed record GetPost(int Id, int? ViewerId) : IQuery<PostView>
{
    public sealed class Handler(Db db) : IQueryHandler<GetPost, PostView>
    {
        public async ValueTask<PostView> Handle(GetPost query, CancellationToken ct)
        {
            var rows = await db.QueryAsync<PostRows.Row>(
                $"{PostRows.Select} WHERE p.id = @id AND {PostRows.VisibleTo}", new { id = query.Id, viewerId = query.ViewerId }, ct);
            return rows.Count == 0 ? throw PostErrors.NotFound() : (await PostRows.WithTagsAsync(db, rows, ct))[0];
        }
    }
}
