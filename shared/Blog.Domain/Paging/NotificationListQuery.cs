namespace Blog.Domain.Paging;

/// <summary>GET /users/me/notifications parameters: the caller's, newest first, ties broken by id.</summary>
public sealed record NotificationListQuery(int UserId, int Limit, CursorPosition? After)
{
    /// <summary>The parameters as sent: the limit is checked before the cursor.</summary>
    public static NotificationListQuery Parse(CursorCodec codec, int userId, string? cursor, string? limit) =>
        Of(codec, userId, cursor, ListParameters.Limit(limit));

    /// <summary>The query of a checked limit (<see cref="ListParameters.Limit"/>); the cursor is decoded here.</summary>
    public static NotificationListQuery Of(CursorCodec codec, int userId, string? cursor, int limit)
    {
        var query = new NotificationListQuery(userId, limit, null);
        return query with { After = ListParameters.Cursor(codec, query.Scope, cursor) };
    }

    /// <summary>Signed with the user too: one user's cursor is no cursor of another's list.</summary>
    public string Scope => $"notifications|{UserId}";

    /// <summary>The timestamp key of the cursor; only asked for when there is a cursor.</summary>
    public DateTime AfterTimestamp => PostSort.TimestampOf(After?.Key ?? "") ?? throw CursorCodec.Invalid();

    /// <summary>Where a page that ends with this notification ends.</summary>
    public static CursorPosition Position(DateTime createdAt, int id) => new(PostSort.KeyOf(createdAt), id);
}
