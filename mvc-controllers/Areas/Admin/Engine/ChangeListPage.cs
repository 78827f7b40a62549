namespace MvcControllers.Areas.Admin.Engine;

/// <summary>Everything the one change list template shows.</summary>
public sealed record ChangeListPage(
    ModelInfo Model,
    ChangeListParams Params,
    bool Searchable,
    IReadOnlyList<ColumnView> Columns,
    IReadOnlyList<RowView> Rows,
    Pagination Pagination,
    int FullCount,
    IReadOnlyList<FilterView> Filters,
    DateHierarchyView? DateHierarchy,
    IReadOnlyList<ActionView> Actions,
    Func<ChangeListParams, string> Url);
