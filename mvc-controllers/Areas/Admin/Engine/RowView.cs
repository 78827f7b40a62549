namespace MvcControllers.Areas.Admin.Engine;

/// <summary>One row of a change list or an inline: the object's id (null for a model without object pages) and its cells.</summary>
public sealed record RowView(int? Key, IReadOnlyList<object?> Cells);
