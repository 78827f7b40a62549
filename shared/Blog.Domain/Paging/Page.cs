namespace Blog.Domain.Paging;

/// <summary>One page of a list: its items, the cursor of the next page (null on the last), and the filtered total.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor, bool HasMore, int Total);
