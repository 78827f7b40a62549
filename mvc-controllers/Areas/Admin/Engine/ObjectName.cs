namespace MvcControllers.Areas.Admin.Engine;

/// <summary>An object by id and name, as confirmation pages and the admin log name it.</summary>
public sealed record ObjectName(int Id, string Repr);
