namespace MvcControllers.Areas.Admin.Engine;

/// <summary>The "Are you sure?" page of an action: what it will be run on, and for a deletion what goes with them.</summary>
public sealed record ActionConfirmationPage(
    ModelInfo Model,
    ActionView Action,
    IReadOnlyList<ObjectName> Items,
    int Total,
    string? Warning,
    IReadOnlyList<(string What, int Count)> Cascades,
    string ReturnQuery,
    bool SelectAcross);
