namespace MvcControllers.Areas.Admin.Engine;

public sealed record FieldsetView(string? Title, string? Description, IReadOnlyList<FieldView> Fields);
