using MvcControllers.Admin.Shared;

namespace MvcControllers.Admin.Users;

/// <summary>
/// The user admin's options (a Django UserAdmin): list_display, actions and list_per_page, read by
/// <see cref="UserChangeList"/> and the views. Its list_filter (staff, active) and search_fields (username, email)
/// are the LINQ methods of <see cref="UserChangeList"/>.
/// </summary>
public static class UserAdmin
{
    public const int ListPerPage = 50;

    public static readonly IReadOnlyList<ListColumn> ListDisplay =
    [
        new("Username", null),
        new("Email", null),
        new("Staff", null),
        new("Active", null),
        new("Joined", null),
    ];

    public static readonly BulkAction Activate = new("activate", "Activate selected users", "activated");
    public static readonly BulkAction Deactivate = new("deactivate", "Deactivate selected users", "deactivated");

    public static readonly IReadOnlyList<BulkAction> Actions = [Activate, Deactivate];
}
