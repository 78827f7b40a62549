namespace MvcControllers.Areas.Admin.Engine;

/// <summary>An inline as the change form shows it.</summary>
public sealed record InlineView(string Name, string Title, string DeleteField, IReadOnlyList<string> Headers, IReadOnlyList<RowView> Rows);
