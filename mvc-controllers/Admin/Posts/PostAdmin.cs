using MvcControllers.Admin.Shared;

namespace MvcControllers.Admin.Posts;

/// <summary>
/// The post admin's options, the counterpart of a Django ModelAdmin: list_display, list_filter, search_fields,
/// date_hierarchy, actions and list_per_page. <see cref="PostChangeList"/> and the views read them.
/// </summary>
public static class PostAdmin
{
    public const int ListPerPage = 20;
    public const string DefaultOrder = "-created";

    public static readonly IReadOnlyList<ListColumn> ListDisplay =
    [
        new("Title", "title"),
        new("Author", "author"),
        new("Status", "status"),
        new("Created", "created"),
        new("Comments", "comments"),
    ];

    public static readonly IReadOnlyList<string> ListFilter = ["status", "author"];

    public static readonly IReadOnlyList<string> SearchFields = ["title", "content", "author username"];

    public const string DateHierarchy = "created";

    public static readonly BulkAction Publish = new("publish", "Publish selected posts", "published");
    public static readonly BulkAction Archive = new("archive", "Archive selected posts", "archived");
    public static readonly BulkAction Delete = new("delete", "Delete selected posts", "deleted");

    public static readonly IReadOnlyList<BulkAction> Actions = [Publish, Archive, Delete];
}
