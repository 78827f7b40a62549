using Blog.Domain.Paging;
using Blog.Domain.Rules;
using Blog.Hosting.OpenApi;

namespace MinimalApi.Schemas;

/// <summary>The query of GET /users/me/notifications as one typed dependency, read like the comment list's.</summary>
[QueryParameter("cursor", typeof(string))]
[QueryParameter("limit", typeof(int), Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault)]
public sealed record NotificationListParameters(string? Cursor, int Limit) : IQueryParameters<NotificationListParameters>
{
    public static ValueTask<NotificationListParameters?> BindAsync(HttpContext context)
    {
        var query = context.Request.Query;
        return ValueTask.FromResult<NotificationListParameters?>(new(ListParameters.Once("cursor", query["cursor"]), ListParameters.Limit(ListParameters.Once("limit", query["limit"]))));
    }

    public NotificationListQuery ToQuery(CursorCodec cursors, int userId) => NotificationListQuery.Of(cursors, userId, Cursor, Limit);
}
