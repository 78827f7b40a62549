namespace MvcControllers.Areas.Admin.Engine;

/// <summary>A valid form as <see cref="ModelAdmin{T}.SaveModelAsync"/> gets it: what was typed and what the object had.</summary>
public sealed record FormSubmission(bool Adding, IReadOnlyDictionary<string, string?> Values, IReadOnlyDictionary<string, string?> Initial);
