namespace MvcControllers.Areas.Site.Posts;

/// <summary>One page of a page-numbered list (≈ Django's <c>Paginator.get_page</c>): a page past either end shows the nearest one.</summary>
public sealed record Pager(int Number, int Count, int PerPage)
{
    public static Pager Of(int? requested, int total, int perPage)
    {
        var count = Math.Max(1, (total + perPage - 1) / perPage);
        return new Pager(Math.Clamp(requested ?? 1, 1, count), count, perPage);
    }

    public int Skip => (Number - 1) * PerPage;

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Count;
}
