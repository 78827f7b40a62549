namespace MvcControllers.Areas.Admin.Engine;

/// <summary>A change-list header: its label, the link that sorts by it, whether it is sorted (1 up, -1 down) and links to the object.</summary>
public sealed record ColumnView(string Name, string Label, string? SortUrl, int Sorted, bool Links);
