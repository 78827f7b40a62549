using Blog.Data;
using Blog.Domain.Paging;
using Blog.Domain.Rules;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Admin.Shared;

namespace MvcControllers.Admin.Users;

/// <summary>The user change list: a page of users and yes/no counts for each filter, in four SQL statements.</summary>
public sealed record UserChangeList(
    UserFilters Filters,
    IReadOnlyList<UserRow> Rows,
    Pagination Pagination,
    IReadOnlyList<Facet<bool>> StaffFacets,
    IReadOnlyList<Facet<bool>> ActiveFacets)
{
    public static async Task<UserChangeList> LoadAsync(BlogDbContext db, UserFilters filters, CancellationToken cancellationToken)
    {
        var searched = Searched(db.Users.AsNoTracking(), filters.Search);
        var matching = ByActive(ByStaff(searched, filters.IsStaff), filters.IsActive);
        var pagination = Pagination.Of(filters.Page, await matching.CountAsync(cancellationToken), UserAdmin.ListPerPage);
        var rows = await matching.OrderBy(u => u.NormalizedUsername).ThenBy(u => u.Id)
            .Skip(pagination.Skip).Take(pagination.PerPage)
            .Select(u => new UserRow(u.Id, u.Username, u.Email, u.IsStaff, u.IsActive, u.CreatedAt))
            .ToListAsync(cancellationToken);
        var staffCounts = await ByActive(searched, filters.IsActive)
            .GroupBy(u => u.IsStaff).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var activeCounts = await ByStaff(searched, filters.IsStaff)
            .GroupBy(u => u.IsActive).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new UserChangeList(filters with { Page = pagination.Page }, rows, pagination,
            YesNo(value => staffCounts.SingleOrDefault(c => c.Key == value)?.Count ?? 0),
            YesNo(value => activeCounts.SingleOrDefault(c => c.Key == value)?.Count ?? 0));
    }

    private static List<Facet<bool>> YesNo(Func<bool, int> count) => [new(true, "Yes", count(true)), new(false, "No", count(false))];

    private static IQueryable<User> Searched(IQueryable<User> users, string? search)
    {
        if (search is null) return users;
        // PostgreSQL text cannot hold U+0000, so a search containing it matches nothing instead of failing.
        if (FieldRules.NoNul(search) is not null) return users.Where(_ => false);
        var pattern = Like.Contains(search);
        return users.Where(u => EF.Functions.Like(u.NormalizedUsername, pattern, Like.Escape)
            || EF.Functions.Like(u.NormalizedEmail, pattern, Like.Escape));
    }

    private static IQueryable<User> ByStaff(IQueryable<User> users, bool? isStaff) =>
        isStaff is { } staff ? users.Where(u => u.IsStaff == staff) : users;

    private static IQueryable<User> ByActive(IQueryable<User> users, bool? isActive) =>
        isActive is { } active ? users.Where(u => u.IsActive == active) : users;
}
