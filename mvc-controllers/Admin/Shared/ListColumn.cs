namespace MvcControllers.Admin.Shared;

/// <summary>A column of a change list (an entry of Django's list_display); a sortable one has the key `o=` takes.</summary>
public sealed record ListColumn(string Label, string? SortKey);
