namespace MvcControllers.Areas.Admin.Engine;

/// <summary>An action as the menu and the confirmation page show it.</summary>
public sealed record ActionView(string Name, string Label, bool Deletes);
