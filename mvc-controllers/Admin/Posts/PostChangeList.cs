using System.Globalization;
using Blog.Data;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Admin.Shared;

namespace MvcControllers.Admin.Posts;

/// <summary>
/// The post change list: one page of rows plus, for each filter, the count each choice would show given the other
/// filters and the search (Django's facets). Five SQL statements whatever the page size: count, rows, and one
/// GROUP BY per filter.
/// </summary>
public sealed record PostChangeList(
    PostFilters Filters,
    IReadOnlyList<PostRow> Rows,
    Pagination Pagination,
    IReadOnlyList<Facet<PostStatus>> StatusFacets,
    IReadOnlyList<Facet<int>> AuthorFacets,
    IReadOnlyList<Facet<int>> DateFacets)
{
    public static async Task<PostChangeList> LoadAsync(BlogDbContext db, PostFilters filters, CancellationToken cancellationToken)
    {
        var searched = Searched(db.Posts.AsNoTracking(), filters.Search);
        var dated = InDate(searched, filters);
        var matching = ByAuthor(ByStatus(dated, filters.Status), filters.AuthorId);

        var pagination = Pagination.Of(filters.Page, await matching.CountAsync(cancellationToken), PostAdmin.ListPerPage);
        var rows = await Ordered(matching, filters.Order)
            .Skip(pagination.Skip).Take(pagination.PerPage)
            .Select(p => new PostRow(p.Id, p.Title, p.Slug, p.Author.Username, p.Status, p.CreatedAt, p.Comments.Count))
            .ToListAsync(cancellationToken);

        var statusCounts = await ByAuthor(dated, filters.AuthorId)
            .GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var statusFacets = Enum.GetValues<PostStatus>()
            .Select(status => new Facet<PostStatus>(status, Capitalized(status.ToWire()),
                statusCounts.SingleOrDefault(c => c.Key == status)?.Count ?? 0))
            .ToList();

        var authorFacets = await ByStatus(dated, filters.Status)
            .GroupBy(p => new { p.AuthorId, p.Author.Username })
            .Select(g => new { g.Key.AuthorId, g.Key.Username, Count = g.Count() })
            .OrderBy(a => a.Username)
            .Select(a => new Facet<int>(a.AuthorId, a.Username, a.Count))
            .ToListAsync(cancellationToken);

        var undated = ByAuthor(ByStatus(searched, filters.Status), filters.AuthorId);
        var dateFacets = filters.Year is { } year
            ? (await InYear(undated, year)
                .GroupBy(p => p.CreatedAt.Month).Select(g => new { g.Key, Count = g.Count() })
                .OrderBy(g => g.Key).ToListAsync(cancellationToken))
                .Select(g => new Facet<int>(g.Key, $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(g.Key)} {year}", g.Count))
                .ToList()
            : (await undated
                .GroupBy(p => p.CreatedAt.Year).Select(g => new { g.Key, Count = g.Count() })
                .OrderBy(g => g.Key).ToListAsync(cancellationToken))
                .Select(g => new Facet<int>(g.Key, g.Key.ToString(CultureInfo.InvariantCulture), g.Count))
                .ToList();

        return new PostChangeList(filters with { Page = pagination.Page }, rows, pagination, statusFacets, authorFacets, dateFacets);
    }

    /// <summary>search_fields: a case-insensitive substring of the title, the content or the author's username.</summary>
    private static IQueryable<Post> Searched(IQueryable<Post> posts, string? search)
    {
        if (search is null) return posts;
        // PostgreSQL text cannot hold U+0000, so a search containing it matches nothing instead of failing.
        if (FieldRules.NoNul(search) is not null) return posts.Where(_ => false);
        var pattern = Like.Contains(search);
        return posts.Where(p => EF.Functions.Like(p.Title.ToLower(), pattern, Like.Escape)
            || EF.Functions.Like(p.Content.ToLower(), pattern, Like.Escape)
            || EF.Functions.Like(p.Author.NormalizedUsername, pattern, Like.Escape));
    }

    private static IQueryable<Post> ByStatus(IQueryable<Post> posts, PostStatus? status) =>
        status is { } s ? posts.Where(p => p.Status == s) : posts;

    private static IQueryable<Post> ByAuthor(IQueryable<Post> posts, int? authorId) =>
        authorId is { } id ? posts.Where(p => p.AuthorId == id) : posts;

    private static IQueryable<Post> InDate(IQueryable<Post> posts, PostFilters filters)
    {
        if (filters.Year is not { } year) return posts;
        if (filters.Month is not { } month) return InYear(posts, year);
        var from = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = from.AddMonths(1);
        return posts.Where(p => p.CreatedAt >= from && p.CreatedAt < to);
    }

    private static IQueryable<Post> InYear(IQueryable<Post> posts, int year)
    {
        var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = from.AddYears(1);
        return posts.Where(p => p.CreatedAt >= from && p.CreatedAt < to);
    }

    /// <summary>The `o` parameter: a list_display column, `-` for descending; ties broken by id.</summary>
    private static IQueryable<Post> Ordered(IQueryable<Post> posts, string order) => order switch
    {
        "title" => posts.OrderBy(p => p.Title).ThenBy(p => p.Id),
        "-title" => posts.OrderByDescending(p => p.Title).ThenByDescending(p => p.Id),
        "author" => posts.OrderBy(p => p.Author.Username).ThenBy(p => p.Id),
        "-author" => posts.OrderByDescending(p => p.Author.Username).ThenByDescending(p => p.Id),
        "status" => posts.OrderBy(p => p.Status).ThenBy(p => p.Id),
        "-status" => posts.OrderByDescending(p => p.Status).ThenByDescending(p => p.Id),
        "comments" => posts.OrderBy(p => p.Comments.Count).ThenBy(p => p.Id),
        "-comments" => posts.OrderByDescending(p => p.Comments.Count).ThenByDescending(p => p.Id),
        "created" => posts.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id),
        _ => posts.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
    };

    public static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
