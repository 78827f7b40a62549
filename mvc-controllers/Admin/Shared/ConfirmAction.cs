namespace MvcControllers.Admin.Shared;

/// <summary>The "Are you sure?" page a bulk action shows before it changes anything.</summary>
public sealed record ConfirmAction(
    BulkAction Action,
    string ModelPlural,
    string FormUrl,
    string ReturnQuery,
    IReadOnlyList<ConfirmAction.Item> Items,
    string? Warning)
{
    public sealed record Item(int Id, string Label, string? Detail);
}
