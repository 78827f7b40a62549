namespace MvcControllers.Areas.Admin.Engine;

/// <summary>An entry of <c>fieldsets</c>: a titled group of the form's fields, by name.</summary>
public sealed record Fieldset(string? Title, IReadOnlyList<string> Fields, string? Description = null);
