namespace Blog.Domain.Paging;

/// <summary>GET /posts/{id}/comments parameters: newest first, ties broken by id.</summary>
public sealed record CommentListQuery(int PostId, int Limit, CursorPosition? After)
{
    /// <summary>The parameters as sent: the limit is checked before the cursor.</summary>
    public static CommentListQuery Parse(CursorCodec codec, int postId, string? cursor, string? limit) =>
        Of(codec, postId, cursor, ListParameters.Limit(limit));

    /// <summary>The query of a checked limit (<see cref="ListParameters.Limit"/>); the cursor is decoded here.</summary>
    public static CommentListQuery Of(CursorCodec codec, int postId, string? cursor, int limit)
    {
        var query = new CommentListQuery(postId, limit, null);
        return query with { After = ListParameters.Cursor(codec, query.Scope, cursor) };
    }

    public string Scope => $"comments|{PostId}";

    /// <summary>The timestamp key of the cursor; only asked for when there is a cursor under a timestamp sort.</summary>
    public DateTime AfterTimestamp => PostSort.TimestampOf(After?.Key ?? "") ?? throw CursorCodec.Invalid();
}
