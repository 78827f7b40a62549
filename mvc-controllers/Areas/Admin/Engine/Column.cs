using System.Linq.Expressions;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// An entry of <c>list_display</c>: a value read by a LINQ expression (so the change list is one SELECT), its header,
/// and the name the <c>o=</c> parameter sorts it by. Made by <see cref="ModelAdmin{T}.Column{TValue}"/>.
/// </summary>
public abstract class Column<T>(string name, string label, LambdaExpression value, bool sortable)
{
    public string Name => name;
    public string Label => label;
    public LambdaExpression Value => value;
    public bool Sortable => sortable;

    /// <summary>
    /// Sorted by this column, ties broken in the same direction by the key, or by the name when there is no key (a
    /// grouped row), so that every page of the list is a distinct slice on every database.
    /// </summary>
    public abstract IOrderedQueryable<T> OrderBy(IQueryable<T> rows, bool descending, Expression<Func<T, int>>? key, Expression<Func<T, string>> repr);

    protected static IOrderedQueryable<T> ThenBy(IOrderedQueryable<T> ordered, bool descending, Expression<Func<T, int>>? key, Expression<Func<T, string>> repr) =>
        (descending, key) switch
        {
            (false, null) => ordered.ThenBy(repr),
            (true, null) => ordered.ThenByDescending(repr),
            (false, _) => ordered.ThenBy(key),
            (true, _) => ordered.ThenByDescending(key),
        };
}

public sealed class Column<T, TValue>(string name, string label, Expression<Func<T, TValue>> value, bool sortable)
    : Column<T>(name, label, value, sortable)
{
    public override IOrderedQueryable<T> OrderBy(IQueryable<T> rows, bool descending, Expression<Func<T, int>>? key, Expression<Func<T, string>> repr) =>
        ThenBy(descending ? rows.OrderByDescending(value) : rows.OrderBy(value), descending, key, repr);
}
