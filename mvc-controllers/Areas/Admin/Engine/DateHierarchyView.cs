namespace MvcControllers.Areas.Admin.Engine;

/// <summary>The drill-down bar above a change list: links back up ("‹ All dates", "‹ 2021") and the next level's links.</summary>
public sealed record DateHierarchyView(IReadOnlyList<FilterChoice> Back, IReadOnlyList<FilterChoice> Choices);
