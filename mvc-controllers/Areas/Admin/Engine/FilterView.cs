namespace MvcControllers.Areas.Admin.Engine;

/// <summary>A filter of the sidebar as the change list shows it: "By status", then "All" and each choice.</summary>
public sealed record FilterView(string Title, IReadOnlyList<FilterChoice> Choices);
