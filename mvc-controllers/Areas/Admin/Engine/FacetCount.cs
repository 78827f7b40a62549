namespace MvcControllers.Areas.Admin.Engine;

/// <summary>How many rows have one value of a filter (Django's facet counts); the label when the value is an id.</summary>
public sealed record FacetCount<TValue>(TValue Value, int Count, string? Label = null);
