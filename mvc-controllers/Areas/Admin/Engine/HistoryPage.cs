namespace MvcControllers.Areas.Admin.Engine;

/// <summary>An object's history (≈ ModelAdmin's <c>history_view</c>).</summary>
public sealed record HistoryPage(ModelInfo Model, int Id, string Repr, IReadOnlyList<LogLine> Lines);
