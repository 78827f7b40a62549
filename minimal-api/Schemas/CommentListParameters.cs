using Blog.Domain.Paging;
using Blog.Domain.Rules;
using Blog.Hosting.OpenApi;

namespace MinimalApi.Schemas;

/// <summary>
/// The query of GET /posts/{id}/comments as one typed dependency (≈ <c>limit: int = Query(20, ge=1, le=100)</c>):
/// <see cref="BindAsync"/> reads the limit by the shared rule before the handler runs; the cursor stays opaque text
/// until <see cref="ToQuery"/> checks it against the post.
/// </summary>
[QueryParameter("cursor", typeof(string))]
[QueryParameter("limit", typeof(int), Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault)]
public sealed record CommentListParameters(string? Cursor, int Limit) : IQueryParameters<CommentListParameters>
{
    public static ValueTask<CommentListParameters?> BindAsync(HttpContext context)
    {
        var query = context.Request.Query;
        return ValueTask.FromResult<CommentListParameters?>(new(ListParameters.Once("cursor", query["cursor"]), ListParameters.Limit(ListParameters.Once("limit", query["limit"]))));
    }

    public CommentListQuery ToQuery(CursorCodec cursors, int postId) => CommentListQuery.Of(cursors, postId, Cursor, Limit);
}
