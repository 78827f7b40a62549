namespace Blog.Domain.Paging;

/// <summary>Where the previous page ended: the sort key of its last row, and that row's id to break ties.</summary>
public sealed record CursorPosition(string Key, long Id);
