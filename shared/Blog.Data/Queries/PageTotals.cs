using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Queries;

/// <summary>
/// A page and the total of every match in one statement: the count rides along each row as an uncorrelated scalar
/// subquery, which the database evaluates once. One round trip instead of two, the same as a count batched with
/// its page; only an empty page (past the last row) asks for the count on its own.
/// </summary>
public static class PageTotals
{
    public static async Task<(List<T> Rows, int Total)> ToListWithTotalAsync<T, TMatch>(
        this IQueryable<T> page, IQueryable<TMatch> matching, CancellationToken cancellationToken)
    {
        var rows = await page.Select(row => new Counted<T>(row, matching.Count())).ToListAsync(cancellationToken);
        return rows.Count > 0
            ? (rows.ConvertAll(counted => counted.Row), rows[0].Total)
            : ([], await matching.CountAsync(cancellationToken));
    }

    private sealed record Counted<T>(T Row, int Total);
}
