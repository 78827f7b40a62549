namespace MvcControllers.Areas.Admin.Engine;

/// <summary>A form field as the form-row tag helper renders it.</summary>
public sealed record FieldView(
    string Name, string Label, Widget Widget, string? Help, bool Required, bool Readonly, int? MaxLength,
    IReadOnlyList<(string Value, string Label)> Choices, string? PrepopulatedFrom)
{
    /// <summary>Django's element ids: <c>id_title</c>.</summary>
    public string Id => "id_" + Name;
}
