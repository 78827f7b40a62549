namespace MvcControllers.Areas.Admin.Engine;

/// <summary>An action's answer: the confirmation page to show, or the message to flash on the way back to the list.</summary>
public sealed record ActionOutcome(ActionConfirmationPage? Confirmation, string? Message);
