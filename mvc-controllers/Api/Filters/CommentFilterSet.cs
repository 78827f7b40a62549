using Blog.Domain.Paging;
using Microsoft.AspNetCore.Mvc;

namespace MvcControllers.Api.Filters;

/// <summary>
/// The query parameters of GET /posts/{id}/comments as one bound class, like <see cref="PostFilterSet"/>: only the
/// pagination parameters, as the client sent them, so a bad value is <see cref="ToQuery"/>'s 400 with an
/// <c>errors</c> entry keyed by the parameter rather than a binding failure.
/// </summary>
public sealed class CommentFilterSet
{
    [FromQuery(Name = "cursor")] public string[]? Cursor { get; init; }
    [FromQuery(Name = "limit")] public string[]? Limit { get; init; }

    /// <summary>The parameters checked by the shared rules of the list; a cursor must be one of this post's.</summary>
    public CommentListQuery ToQuery(CursorCodec cursors, int postId) => CommentListQuery.Parse(cursors, postId, ListParameters.Once("cursor", Cursor), ListParameters.Once("limit", Limit));
}
