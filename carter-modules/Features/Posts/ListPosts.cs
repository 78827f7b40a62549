using Blog.Domain.Errors;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Hosting.Wire;
using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Posts;

/// <summary>
/// GET /posts: filters ANDed, keyset pagination in SQL. A page costs three statements whatever its size: the total,
/// the page with authors and comment counts, and the page's tags (none when the page is empty).
/// </summary>
public sealed record ListPosts(PostListQuery Query, int? ViewerId) : IQuery<Page<PostView>>
{
    public sealed class Handler(Db db, CursorCodec cursors) : IQueryHandler<ListPosts, Page<PostView>>
    {
        public async ValueTask<Page<PostView>> Handle(ListPosts list, CancellationToken ct)
        {
            var query = list.Query;
            var args = new Dapper.DynamicParameters(new
            {
                viewerId = list.ViewerId,
                status = query.Status.ToWire(),
                authorId = query.AuthorId,
                tag = query.Tag,
                pattern = query.SearchPattern,
                take = query.Limit + 1,
            });
            var where = Filters(query);
            var total = await db.ScalarAsync<int>($"SELECT COUNT(*) FROM posts p WHERE {where}", args, ct);
            var (after, order) = Keyset(query, args);
            var rows = await db.QueryAsync<PostRows.Row>(
                $"{PostRows.Select} WHERE {where}{after} ORDER BY {order} LIMIT @take", args, ct);
            return ListParameters.ToPage(await PostRows.WithTagsAsync(db, rows, ct), query.Limit, total,
                post => post.PositionUnder(query.Sort),
                position => cursors.Encode(query.Scope, position));
        }

        /// <summary>Published posts are everyone's; any other status lists only the caller's own.</summary>
        private static string Filters(PostListQuery query)
        {
            var where = new List<string>
            {
                query.Status == PostStatus.Published ? "p.status = @status" : "p.status = @status AND p.author_id = @viewerId",
            };
            if (query.AuthorId is not null) where.Add("p.author_id = @authorId");
            if (query.Tag is not null) where.Add("EXISTS (SELECT 1 FROM post_tags t WHERE t.post_id = p.id AND t.name = @tag)");
            if (query.SearchPattern is not null)
                where.Add(@"(lower(p.title) LIKE @pattern ESCAPE '\' OR lower(p.content) LIKE @pattern ESCAPE '\')");
            return string.Join(" AND ", where);
        }

        /// <summary>The rows after the cursor in the list's order, ties broken by id in the same direction.</summary>
        private static (string After, string Order) Keyset(PostListQuery query, Dapper.DynamicParameters args)
        {
            var column = query.Sort.Field switch
            {
                PostSortField.CreatedAt => "p.created_at",
                PostSortField.UpdatedAt => "p.updated_at",
                _ => "p.title",
            };
            var (direction, beyond) = query.Sort.Descending ? ("DESC", "<") : ("ASC", ">");
            var order = $"{column} {direction}, p.id {direction}";
            if (query.After is not { } after) return ("", order);
            object key = query.Sort.Field == PostSortField.Title
                ? after.Key
                : query.AfterTimestamp;
            args.Add("afterKey", key);
            args.Add("afterId", (int)after.Id);
            return ($" AND ({column} {beyond} @afterKey OR ({column} = @afterKey AND p.id {beyond} @afterId))", order);
        }
    }
}
