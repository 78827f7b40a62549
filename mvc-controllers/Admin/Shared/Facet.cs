namespace MvcControllers.Admin.Shared;

/// <summary>One choice of a change-list filter with the number of rows it would show, like Django's facet counts.</summary>
public sealed record Facet<T>(T Value, string Label, int Count);
