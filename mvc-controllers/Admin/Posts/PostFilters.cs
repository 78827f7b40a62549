using Blog.Domain.Posts;
using Microsoft.AspNetCore.WebUtilities;

namespace MvcControllers.Admin.Posts;

/// <summary>The change list's query string: `q`, `status`, `author`, `year`, `month`, `o` (order) and `p` (page).</summary>
public sealed record PostFilters(string? Search, PostStatus? Status, int? AuthorId, int? Year, int? Month, string Order, int Page)
{
    public static PostFilters From(string? q, string? status, int? author, int? year, int? month, string? o, int? p)
    {
        var validYear = year is >= 1 and <= 9998 ? year : null;
        return new PostFilters(
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            PostStatuses.TryParse(status, out var parsed) ? parsed : null,
            author,
            validYear,
            validYear is not null && month is >= 1 and <= 12 ? month : null,
            o is not null && PostAdmin.ListDisplay.Any(c => c.SortKey == (o.StartsWith('-') ? o[1..] : o)) ? o : PostAdmin.DefaultOrder,
            p ?? 1);
    }

    /// <summary>The change list URL for these filters; a link that changes a filter starts again at page 1.</summary>
    public string Url()
    {
        var query = new Dictionary<string, string?>();
        if (Search is not null) query["q"] = Search;
        if (Status is { } status) query["status"] = status.ToWire();
        if (AuthorId is { } author) query["author"] = author.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Year is { } year) query["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Month is { } month) query["month"] = month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Order != PostAdmin.DefaultOrder) query["o"] = Order;
        if (Page != 1) query["p"] = Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/admin/posts", query);
    }

    public string QueryString() => Url()["/admin/posts".Length..];

    /// <summary>The order a column header links to: its own key ascending, or descending when it is already ascending.</summary>
    public string OrderFor(string sortKey) => Order == sortKey ? "-" + sortKey : sortKey;
}
