using Blog.Domain.Paging;
using Microsoft.AspNetCore.Mvc;

namespace MvcControllers.Api.Filters;

/// <summary>
/// The query parameters of GET /posts as one bound class, like a django-filter <c>FilterSet</c> with the pagination
/// parameters beside it. Bound as the text the client sent (every value of a parameter, so one sent twice is refused), so a bad value is not a binding failure but
/// <see cref="ToQuery"/>'s 400, with an <c>errors</c> entry keyed by the parameter.
/// </summary>
public sealed class PostFilterSet
{
    [FromQuery(Name = "cursor")] public string[]? Cursor { get; init; }
    [FromQuery(Name = "limit")] public string[]? Limit { get; init; }
    [FromQuery(Name = "status")] public string[]? Status { get; init; }
    [FromQuery(Name = "author_id")] public string[]? AuthorId { get; init; }
    [FromQuery(Name = "tag")] public string[]? Tag { get; init; }
    [FromQuery(Name = "search")] public string[]? Search { get; init; }
    [FromQuery(Name = "sort")] public string[]? Sort { get; init; }

    /// <summary>The filters checked and read by the shared rules of the list (≈ <c>filterset.is_valid()</c>).</summary>
    public PostListQuery ToQuery(CursorCodec cursors) =>
        PostListQuery.Parse(cursors, ListParameters.Once("cursor", Cursor), ListParameters.Once("limit", Limit),
            ListParameters.Once("status", Status), ListParameters.Once("author_id", AuthorId), ListParameters.Once("tag", Tag),
            ListParameters.Once("search", Search), ListParameters.Once("sort", Sort));
}
