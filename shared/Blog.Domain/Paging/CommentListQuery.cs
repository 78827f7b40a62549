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

    public DateTime? AfterTimestamp => After is null ? null : PostSort.TimestampOf(After.Key);
}
