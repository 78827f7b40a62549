namespace MvcControllers.Admin.Shared;

/// <summary>Page numbers for a page-numbered list; a page past the end shows the last one.</summary>
public sealed record Pagination(int Page, int PageCount, int Total, int PerPage)
{
    public static Pagination Of(int requestedPage, int total, int perPage)
    {
        var pageCount = Math.Max(1, (total + perPage - 1) / perPage);
        return new Pagination(Math.Clamp(requestedPage, 1, pageCount), pageCount, total, perPage);
    }

    public int Skip => (Page - 1) * PerPage;
}
