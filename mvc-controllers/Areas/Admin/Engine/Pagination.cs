namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// A page-numbered list (a page past the end shows the last one) and Django's elided page range:
/// 1 2 … 7 8 9 [10] 11 12 13 … 49 50.
/// </summary>
public sealed record Pagination(int Page, int PageCount, int Total, int PerPage)
{
    public const int OnEachSide = 3;
    public const int OnEnds = 2;

    public static Pagination Of(int requestedPage, int total, int perPage)
    {
        var pageCount = Math.Max(1, (total + perPage - 1) / perPage);
        return new Pagination(Math.Clamp(requestedPage, 1, pageCount), pageCount, total, perPage);
    }

    public int Skip => (Page - 1) * PerPage;

    /// <summary>The page numbers to link, null where pages are left out.</summary>
    public IEnumerable<int?> ElidedRange()
    {
        if (PageCount <= (OnEachSide + OnEnds) * 2)
        {
            foreach (var page in Enumerable.Range(1, PageCount)) yield return page;
            yield break;
        }
        if (Page > 1 + OnEachSide + OnEnds + 1)
        {
            foreach (var page in Enumerable.Range(1, OnEnds)) yield return page;
            yield return null;
            foreach (var page in Enumerable.Range(Page - OnEachSide, OnEachSide)) yield return page;
        }
        else
        {
            foreach (var page in Enumerable.Range(1, Page - 1)) yield return page;
        }
        if (Page < PageCount - OnEachSide - OnEnds - 1)
        {
            foreach (var page in Enumerable.Range(Page, OnEachSide + 1)) yield return page;
            yield return null;
            foreach (var page in Enumerable.Range(PageCount - OnEnds + 1, OnEnds)) yield return page;
        }
        else
        {
            foreach (var page in Enumerable.Range(Page, PageCount - Page + 1)) yield return page;
        }
    }
}
