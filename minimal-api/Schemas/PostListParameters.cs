using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.OpenApi;

namespace MinimalApi.Schemas;

/// <summary>
/// The query of GET /posts as one typed dependency, like a FastAPI class dependency whose fields are <c>Query()</c>
/// parameters: <see cref="BindAsync"/> reads each into its type by the shared rule before the handler runs (a bad
/// value is the contract's 400, keyed by the parameter), and the declarations above the record are what the OpenAPI
/// document lists.
/// </summary>
[QueryParameter("cursor", typeof(string))]
[QueryParameter("limit", typeof(int), Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault)]
[QueryParameter("status", typeof(PostStatus))]
[QueryParameter("author_id", typeof(int))]
[QueryParameter("tag", typeof(string))]
[QueryParameter("search", typeof(string))]
[QueryParameter("sort", typeof(PostSort))]
public sealed record PostListParameters(
    string? Cursor, int Limit, PostSort Sort, PostStatus Status, int? AuthorId, string? Tag, string? Search)
    : IQueryParameters<PostListParameters>
{
    /// <summary>Each parameter read in the order the shared <see cref="PostListQuery.Parse"/> checks them.</summary>
    public static ValueTask<PostListParameters?> BindAsync(HttpContext context)
    {
        var query = context.Request.Query;
        return ValueTask.FromResult<PostListParameters?>(new(
            ListParameters.Once("cursor", query["cursor"]),
            ListParameters.Limit(ListParameters.Once("limit", query["limit"])),
            PostListQuery.ReadSort(ListParameters.Once("sort", query["sort"])),
            PostListQuery.ReadStatus(ListParameters.Once("status", query["status"])),
            PostListQuery.ReadAuthorId(ListParameters.Once("author_id", query["author_id"])),
            PostListQuery.ReadTag(ListParameters.Once("tag", query["tag"])),
            PostListQuery.ReadSearch(ListParameters.Once("search", query["search"]))));
    }

    /// <summary>The list's query, with the cursor (signed with every filter) checked against these values.</summary>
    public PostListQuery ToQuery(CursorCodec cursors) =>
        PostListQuery.Of(cursors, Cursor, Limit, Sort, Status, AuthorId, Tag, Search);
}
