namespace MvcControllers.Areas.Admin.Engine;

/// <summary>Thrown by a save hook for what only the database can tell (a username taken): the form is shown again with it.</summary>
public sealed class FieldValidationException(string fieldName, string message) : Exception(message)
{
    public string Field => fieldName;
}
