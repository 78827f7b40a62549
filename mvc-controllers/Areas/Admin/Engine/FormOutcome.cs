namespace MvcControllers.Areas.Admin.Engine;

/// <summary>What a submitted form came to: saved (the object's id and the message to flash), invalid (the form again), or gone.</summary>
public sealed record FormOutcome(int? SavedId, string? Message, ChangeFormPage? Invalid, IReadOnlyList<(string Field, string Message)> Errors)
{
    public static readonly FormOutcome NotFound = new(null, null, null, []);

    public static FormOutcome Saved(int id, string message) => new(id, message, null, []);
}
