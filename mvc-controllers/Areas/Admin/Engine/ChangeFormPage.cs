namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// Everything the one change form template shows: an add form (no object), a change form, a view-only form (no
/// change permission) or an object page (<see cref="ObjectPage"/> set). <see cref="Values"/> is what the fields hold,
/// by name; the template binds each field to it with <c>asp-for="Values[field.Name]"</c>.
/// </summary>
public sealed record ChangeFormPage(
    ModelInfo Model,
    int? ObjectId,
    string? ObjectRepr,
    string Title,
    IReadOnlyList<FieldsetView> Fieldsets,
    IReadOnlyList<InlineView> Inlines,
    bool CanSave,
    string? ViewOnSiteUrl,
    IReadOnlyList<(string Name, string Title)> ObjectPages,
    string? ObjectPage)
{
    public Dictionary<string, string?> Values { get; init; } = [];

    /// <summary>The inline rows ticked for deletion when the form comes back with errors, by inline.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<int>> Ticked { get; init; } = new Dictionary<string, IReadOnlyCollection<int>>();

    public bool IsAdd => ObjectId is null;
}
