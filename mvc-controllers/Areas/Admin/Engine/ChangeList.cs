using System.Linq.Expressions;
using Blog.Domain.Paging;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// The one change list (≈ <c>django.contrib.admin.views.main.ChangeList</c>): search, filters, date drill-down,
/// ordering and a page of rows, read from a model admin's options. A fixed number of SQL statements whatever the
/// page size: the count, the unfiltered count, the rows, one GROUP BY per filter and one for the dates.
/// </summary>
public sealed class ChangeList<T>(ModelAdmin<T> admin)
    where T : class, new()
{
    private readonly DateHierarchy<T>? dates = admin.DateHierarchy is { } date ? new DateHierarchy<T>(date) : null;

    /// <summary>The query-string names this list understands; the rest are dropped.</summary>
    public IReadOnlySet<string> Parameters { get; } = new HashSet<string>(
        [ChangeListParams.Search, ChangeListParams.Order, ChangeListParams.Page,
            .. admin.ListFilter.Select(f => f.Parameter), .. admin.DateHierarchy is null ? [] : DateHierarchy<T>.Parameters]);

    /// <summary>The rows the list shows under these parameters, before ordering and paging (what "select all" acts on).</summary>
    public IQueryable<T> Matching(AdminRequest request, ChangeListParams current) =>
        Filter(Dated(Searched(admin.GetQueryset(request).AsNoTracking(), current[ChangeListParams.Search]), current), current, except: null);

    public async Task<ChangeListPage> LoadAsync(
        AdminRequest request, ChangeListParams current, Func<ChangeListParams, string> url, IReadOnlyList<ActionView> actions)
    {
        var cancellationToken = request.CancellationToken;
        var all = admin.GetQueryset(request).AsNoTracking();
        var searched = Searched(all, current[ChangeListParams.Search]);
        var dated = Dated(searched, current);
        var matching = Filter(dated, current, except: null);

        var total = await matching.CountAsync(cancellationToken);
        var pagination = Pagination.Of(current.PageNumber, total, admin.ListPerPage);
        var (sortBy, descending) = SortOrder(current);
        var key = admin.Key;
        var ordered = sortBy is not null ? sortBy.OrderBy(matching, descending, key, admin.Repr)
            : key is not null ? matching.OrderBy(key) : matching.OrderBy(admin.Repr);
        var values = await ordered.Skip(pagination.Skip).Take(pagination.PerPage)
            .Select(Lambdas.Row<T>([.. key is null ? [] : new LambdaExpression[] { key }, .. admin.ListDisplay.Select(c => c.Value)]))
            .ToListAsync(cancellationToken);
        var rows = values.Select(v => key is null ? new RowView(null, v) : new RowView((int)v[0]!, v[1..])).ToList();

        var filters = new List<FilterView>();
        foreach (var filter in admin.ListFilter)
            filters.Add(await filter.ViewAsync(Filter(dated, current, except: filter), current, url, cancellationToken));
        var hierarchy = dates is null ? null : await dates.ViewAsync(Filter(searched, current, except: null), current, url, cancellationToken);
        var filtered = !ReferenceEquals(matching, all);
        var fullCount = filtered ? await all.CountAsync(cancellationToken) : total;

        return new ChangeListPage(admin.Info(request.User), current, admin.SearchFields.Count > 0, Columns(current, url, sortBy, descending),
            rows, pagination, fullCount, filters, hierarchy, actions, url);
    }

    /// <summary>The distinct words of a search that count; the rest are ignored, since each adds a nested condition.</summary>
    public const int SearchWordsAtMost = 16;

    /// <summary>
    /// <c>search_fields</c>: every word of the search is found, case-insensitively and literally ('%' is a percent sign),
    /// in at least one of the fields (Django's rule), for the first <see cref="SearchWordsAtMost"/> distinct words: each
    /// word nests one more condition, and SQLite refuses an expression nested too deep. PostgreSQL text cannot hold
    /// U+0000, so a search with it finds nothing.
    /// </summary>
    private IQueryable<T> Searched(IQueryable<T> rows, string? search)
    {
        if (search is null || admin.SearchFields.Count == 0) return rows;
        if (FieldRules.NoNul(search) is not null) return rows.Where(_ => false);
        var words = search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Take(SearchWordsAtMost);
        foreach (var word in words)
        {
            var x = Expression.Parameter(typeof(T), "x");
            var pattern = Lambdas.Parameter(Like.Contains(word));
            var anyField = admin.SearchFields
                .Select(field => (Expression)Expression.Call(LikeMethod, Expression.Constant(EF.Functions),
                    Expression.Call(Lambdas.Body(field, x), nameof(string.ToLower), Type.EmptyTypes), pattern, Expression.Constant(Like.Escape)))
                .Aggregate(Expression.OrElse);
            rows = rows.Where(Expression.Lambda<Func<T, bool>>(anyField, x));
        }
        return rows;
    }

    private static readonly System.Reflection.MethodInfo LikeMethod = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private IQueryable<T> Dated(IQueryable<T> rows, ChangeListParams current) => dates?.Apply(rows, current) ?? rows;

    private IQueryable<T> Filter(IQueryable<T> rows, ChangeListParams current, ListFilter<T>? except) =>
        admin.ListFilter.Where(f => f != except).Aggregate(rows, (narrowed, f) => f.Apply(narrowed, current[f.Parameter]));

    /// <summary><c>o=name</c> or <c>o=-name</c> of a sortable column, else the first of <c>ordering</c>.</summary>
    private (Column<T>? Column, bool Descending) SortOrder(ChangeListParams current)
    {
        foreach (var order in new[] { current[ChangeListParams.Order] }.Concat(admin.Ordering))
        {
            if (order is null) continue;
            var descending = order.StartsWith('-');
            var name = descending ? order[1..] : order;
            if (admin.ListDisplay.FirstOrDefault(c => c.Sortable && c.Name == name) is { } column) return (column, descending);
        }
        return (null, false);
    }

    private List<ColumnView> Columns(ChangeListParams current, Func<ChangeListParams, string> url, Column<T>? sortBy, bool descending)
    {
        var links = admin.Key is null ? [] : admin.ListDisplayLinks.Count > 0 ? admin.ListDisplayLinks : [admin.ListDisplay[0].Name];
        return [.. admin.ListDisplay.Select(c =>
        {
            var sorted = c == sortBy ? (descending ? -1 : 1) : 0;
            var sortUrl = c.Sortable ? url(current.With(ChangeListParams.Order, sorted == 1 ? "-" + c.Name : c.Name)) : null;
            return new ColumnView(c.Name, c.Label, sortUrl, sorted, links.Contains(c.Name));
        })];
    }
}
