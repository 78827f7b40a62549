namespace Blog.Domain.Paging;

/// <summary>
/// One page of a list without the filtered total (API 2.0's post list): its items and the cursor of the next page
/// (null on the last). Counting every match is what a busy list pays most for, and a cursor client does not need it.
/// </summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor, bool HasMore)
{
    public Page<T> WithTotal(int total) => new(Items, NextCursor, HasMore, total);
}
