using MvcControllers.Admin.Shared;

namespace MvcControllers.Admin.Users;

/// <summary>The user admin's options (a Django UserAdmin): list_display, list_filter, search_fields and actions.</summary>
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

    public static readonly IReadOnlyList<string> ListFilter = ["is_staff", "is_active"];

    public static readonly IReadOnlyList<string> SearchFields = ["username", "email"];

    public static readonly BulkAction Activate = new("activate", "Activate selected users", "activated");
    public static readonly BulkAction Deactivate = new("deactivate", "Deactivate selected users", "deactivated");

    public static readonly IReadOnlyList<BulkAction> Actions = [Activate, Deactivate];
}
