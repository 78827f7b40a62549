namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// A change list's action form: the action, the ticked ids or "all N" (Django's <c>select_across</c>, which acts on
/// every row the list's <see cref="ReturnQuery"/> matches), and whether the confirmation page was answered.
/// </summary>
public sealed record ActionRequest(string? Action, IReadOnlyList<int> Selected, bool SelectAcross, bool Confirmed, string? ReturnQuery);
