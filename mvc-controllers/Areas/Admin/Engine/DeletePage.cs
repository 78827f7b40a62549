namespace MvcControllers.Areas.Admin.Engine;

/// <summary>The delete confirmation: the object, the rows that go with it, and its inline objects by name.</summary>
public sealed record DeletePage(
    ModelInfo Model, int Id, string Repr, IReadOnlyList<(string What, int Count)> Cascades,
    IReadOnlyList<(string Title, IReadOnlyList<string> Names)> Related);
