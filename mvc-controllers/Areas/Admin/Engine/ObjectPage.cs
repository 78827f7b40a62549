namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// A form of its own on one object, at <c>/admin/{slug}/{id}/{name}</c> (Django's UserAdmin "change password" page):
/// its fields, a check across them, and what saving does, which returns the admin log's change message.
/// </summary>
public sealed record ObjectPage<T>(
    string Name, string Title, IReadOnlyList<FormField<T>> Fields,
    Func<AdminRequest, T, IReadOnlyDictionary<string, string?>, Task<string>> SaveAsync)
{
    public Func<IReadOnlyDictionary<string, string?>, IEnumerable<(string Field, string Message)>> Clean { get; init; } = _ => [];
}
