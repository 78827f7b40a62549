namespace MvcControllers.Areas.Admin.Engine;

/// <summary>One link of a filter in the change list's sidebar, with the number of rows it would show.</summary>
public sealed record FilterChoice(string Label, string Url, bool Selected, int? Count);
