namespace Blog.Domain.Paging;

/// <summary>GET /posts/{id}/comments parameters: newest first, ties broken by id.</summary>
public sealed record CommentListQuery(int PostId, int Limit, CursorPosition? After)
{
    public static CommentListQuery Parse(CursorCodec codec, int postId, string? cursor, string? limit)
    {
        var query = new CommentListQuery(postId, ListParameters.Limit(limit), null);
        return query with { After = ListParameters.Cursor(codec, query.Scope, cursor) };
    }

    public string Scope => $"comments|{PostId}";

    /// <summary>The timestamp key of the cursor; only asked for when there is a cursor under a timestamp sort.</summary>
    public DateTime AfterTimestamp => PostSort.TimestampOf(After?.Key ?? "") ?? throw CursorCodec.Invalid();
}
