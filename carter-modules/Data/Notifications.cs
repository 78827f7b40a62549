using Blog.Domain.Notifications;
using Blog.Domain.Paging;
using CarterModules.Responses;
using Dapper;

namespace CarterModules.Data;

/// <summary>The SQL of /users/me/notifications: the caller's page, and marking one read.</summary>
public static class Notifications
{
    private const string Select = """
        SELECT n.id, c.post_id, n.comment_id, c.author_id AS actor_id, u.username AS actor_username, n.created_at, n.read_at
        FROM notifications n
        JOIN comments c ON c.id = n.comment_id
        JOIN users u ON u.id = c.author_id
        """;

    public static async Task<Page<NotificationResponse>> PageAsync(Db db, NotificationListQuery query, CursorCodec cursors, CancellationToken cancellationToken)
    {
        var total = await db.ScalarAsync<int>("SELECT COUNT(*) FROM notifications WHERE user_id = @UserId", new { query.UserId }, cancellationToken);
        var args = new DynamicParameters(new { query.UserId, take = query.Limit + 1 });
        var after = "";
        if (query.After is { } position)
        {
            args.Add("afterAt", query.AfterTimestamp);
            args.Add("afterId", (int)position.Id);
            after = " AND (n.created_at < @afterAt OR (n.created_at = @afterAt AND n.id < @afterId))";
        }
        var rows = await db.QueryAsync<Row>(
            $"""
            {Select}
            WHERE n.user_id = @UserId{after}
            ORDER BY n.created_at DESC, n.id DESC
            LIMIT @take
            """, args, cancellationToken);
        return ListParameters.ToPage(rows.Select(r => r.ToResponse()).ToList(), query.Limit, total,
            n => NotificationListQuery.Position(n.CreatedAt, n.Id),
            position => cursors.Encode(query.Scope, position));
    }

    /// <summary>Sets read_at only when it is empty, so reading again keeps the first time; 404 for anyone else's.</summary>
    public static async Task<NotificationResponse> ReadAsync(Db db, int id, int userId, DateTime now, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("UPDATE notifications SET read_at = @now WHERE id = @id AND user_id = @userId AND read_at IS NULL",
            new { id, userId, now }, cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<Row>($"{Select}\nWHERE n.id = @id AND n.user_id = @userId", new { id, userId }, cancellationToken);
        return row?.ToResponse() ?? throw NotificationErrors.NotFound();
    }

    private sealed class Row
    {
        public int Id { get; init; }
        public int PostId { get; init; }
        public int CommentId { get; init; }
        public int ActorId { get; init; }
        public string ActorUsername { get; init; } = "";
        public DateTime CreatedAt { get; init; }
        public DateTime? ReadAt { get; init; }

        public NotificationResponse ToResponse() =>
            new(Id, NotificationKinds.Comment, PostId, CommentId, new AuthorResponse(ActorId, ActorUsername), CreatedAt, ReadAt);
    }
}
