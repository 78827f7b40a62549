namespace MvcControllers.Admin.Shared;

/// <summary>An entry of a model admin's actions: its form value, its menu label and the verb its messages use.</summary>
public sealed record BulkAction(string Name, string Label, string PastTense);
