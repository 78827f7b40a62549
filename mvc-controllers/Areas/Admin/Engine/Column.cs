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

    /// <summary>Sorted by this column, the key breaking ties in the same direction.</summary>
    public abstract IOrderedQueryable<T> OrderBy(IQueryable<T> rows, bool descending, Expression<Func<T, int>>? key);
}

public sealed class Column<T, TValue>(string name, string label, Expression<Func<T, TValue>> value, bool sortable)
    : Column<T>(name, label, value, sortable)
{
    public override IOrderedQueryable<T> OrderBy(IQueryable<T> rows, bool descending, Expression<Func<T, int>>? key)
    {
        var ordered = descending ? rows.OrderByDescending(value) : rows.OrderBy(value);
        if (key is null) return ordered;
        return descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
    }
}
