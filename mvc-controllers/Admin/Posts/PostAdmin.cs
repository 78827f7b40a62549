using MvcControllers.Admin.Shared;

namespace MvcControllers.Admin.Posts;

/// <summary>
/// The post admin's options, the counterpart of a Django ModelAdmin: list_display (the columns and their `o=` sort
/// keys), actions and list_per_page, read by <see cref="PostChangeList"/>, <see cref="PostFilters"/> and the views.
/// Django's list_filter, search_fields and date_hierarchy are code here, not settings: the filters, the search and
/// the date drill-down are the LINQ methods of <see cref="PostChangeList"/>.
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

    public static readonly BulkAction Publish = new("publish", "Publish selected posts", "published");
    public static readonly BulkAction Archive = new("archive", "Archive selected posts", "archived");
    public static readonly BulkAction Delete = new("delete", "Delete selected posts", "deleted");

    public static readonly IReadOnlyList<BulkAction> Actions = [Publish, Archive, Delete];
}
