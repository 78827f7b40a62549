using Blog.Domain.Paging;
using Microsoft.AspNetCore.Mvc;

namespace MvcControllers.Api.Filters;

/// <summary>The query parameters of GET /users/me/notifications, bound like <see cref="CommentFilterSet"/>.</summary>
public sealed class NotificationFilterSet
{
    [FromQuery(Name = "cursor")] public string[]? Cursor { get; init; }
    [FromQuery(Name = "limit")] public string[]? Limit { get; init; }

    /// <summary>The parameters checked by the shared rules of the list; a cursor must be one of this user's.</summary>
    public NotificationListQuery ToQuery(CursorCodec cursors, int userId) =>
        NotificationListQuery.Parse(cursors, userId, ListParameters.Once("cursor", Cursor), ListParameters.Once("limit", Limit));
}
