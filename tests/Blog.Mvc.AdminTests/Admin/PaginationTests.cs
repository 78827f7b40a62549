using MvcControllers.Areas.Admin.Engine;

namespace Blog.Mvc.AdminTests.Admin;

/// <summary>The change list's page links: Django's elided page range (3 on each side of the current page, 2 at each end).</summary>
public sealed class PaginationTests
{
    [Theory]
    [InlineData(1, 10, "1 2 3 4 5 6 7 8 9 10")]
    [InlineData(1, 50, "1 2 3 4 … 49 50")]
    [InlineData(10, 50, "1 2 … 7 8 9 10 11 12 13 … 49 50")]
    [InlineData(6, 50, "1 2 3 4 5 6 7 8 9 … 49 50")]
    [InlineData(50, 50, "1 2 … 47 48 49 50")]
    [InlineData(45, 50, "1 2 … 42 43 44 45 46 47 48 49 50")]
    public void Pages_far_from_the_current_one_and_the_ends_are_elided(int page, int pageCount, string expected)
    {
        var pagination = Pagination.Of(page, pageCount * 10, 10);

        Assert.Equal(expected, string.Join(" ", pagination.ElidedRange().Select(n => n?.ToString() ?? "…")));
    }

    [Theory]
    [InlineData(0, 95, 1)]
    [InlineData(99, 95, 10)]
    [InlineData(3, 0, 1)]
    public void A_page_out_of_range_shows_the_nearest_one(int requested, int total, int expected) =>
        Assert.Equal(expected, Pagination.Of(requested, total, 10).Page);
}
