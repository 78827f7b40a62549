using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// An entry of <c>list_filter</c>: a query-string parameter that narrows the list to one value, shown in the sidebar
/// with how many rows each value would list under the other filters and the search. Made by the
/// <see cref="ModelAdmin{T}"/> helpers <c>Choices</c>, <c>Boolean</c> and <c>Related</c>.
/// </summary>
public abstract class ListFilter<T>(string parameter, string title)
{
    /// <summary>The query-string name: <c>?status=draft</c>.</summary>
    public string Parameter => parameter;

    /// <summary>Shown as "By {title}".</summary>
    public string Title => title;

    /// <summary>The rows with the chosen value; all of them when none is chosen or the value is not one of this filter's.</summary>
    public abstract IQueryable<T> Apply(IQueryable<T> rows, string? chosen);

    /// <summary>The sidebar entry: "All", then each choice with its count in <paramref name="rows"/> (one GROUP BY).</summary>
    public abstract Task<FilterView> ViewAsync(
        IQueryable<T> rows, ChangeListParams current, Func<ChangeListParams, string> url, CancellationToken cancellationToken);

    protected FilterChoice All(ChangeListParams current, Func<ChangeListParams, string> url) =>
        new("All", url(current.With(parameter, null)), current[parameter] is null, null);
}

/// <summary>A filter over a value with a fixed set of choices (an enum, a boolean): every choice is listed, 0 included.</summary>
public sealed class ChoicesFilter<T, TValue>(
    string parameter, string title, Expression<Func<T, TValue>> value,
    IReadOnlyList<(TValue Value, string Wire, string Label)> choices)
    : ListFilter<T>(parameter, title)
    where TValue : struct
{
    public override IQueryable<T> Apply(IQueryable<T> rows, string? chosen) =>
        choices.FirstOrDefault(c => c.Wire == chosen) is { Wire: not null } choice
            ? rows.Where(Lambdas.EqualTo(value, choice.Value))
            : rows;

    public override async Task<FilterView> ViewAsync(
        IQueryable<T> rows, ChangeListParams current, Func<ChangeListParams, string> url, CancellationToken cancellationToken)
    {
        var counts = await rows.GroupBy(value).Select(g => new FacetCount<TValue>(g.Key, g.Count(), null)).ToListAsync(cancellationToken);
        return new FilterView(Title,
        [
            All(current, url),
            .. choices.Select(c => new FilterChoice(c.Label, url(current.With(Parameter, c.Wire)), current[Parameter] == c.Wire,
                counts.FirstOrDefault(count => EqualityComparer<TValue>.Default.Equals(count.Value, c.Value))?.Count ?? 0)),
        ]);
    }
}

/// <summary>
/// A filter over a foreign key (<c>list_filter = ["author"]</c>): the choices are the related objects the rows have,
/// each labelled by <paramref name="label"/> and counted in the same GROUP BY.
/// </summary>
public sealed class RelatedFilter<T>(string parameter, string title, Expression<Func<T, int>> key, Expression<Func<T, string>> label)
    : ListFilter<T>(parameter, title)
{
    public override IQueryable<T> Apply(IQueryable<T> rows, string? chosen) =>
        int.TryParse(chosen, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? rows.Where(Lambdas.EqualTo(key, id))
            : rows;

    public override async Task<FilterView> ViewAsync(
        IQueryable<T> rows, ChangeListParams current, Func<ChangeListParams, string> url, CancellationToken cancellationToken)
    {
        var counts = await rows.GroupBy(key).Select(CountWithLabel()).ToListAsync(cancellationToken);
        return new FilterView(Title,
        [
            All(current, url),
            .. counts.OrderBy(c => c.Label, StringComparer.Ordinal).Select(c =>
            {
                var wire = c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new FilterChoice(c.Label ?? wire, url(current.With(Parameter, wire)), current[Parameter] == wire, c.Count);
            }),
        ]);
    }

    /// <summary><c>g => new FacetCount&lt;int&gt;(g.Key, g.Count(), g.Max(label))</c>: every row of a group has the one label.</summary>
    private Expression<Func<IGrouping<int, T>, FacetCount<int>>> CountWithLabel()
    {
        var g = Expression.Parameter(typeof(IGrouping<int, T>), "g");
        var count = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(T)], g);
        var max = Expression.Call(typeof(Enumerable), nameof(Enumerable.Max), [typeof(T), typeof(string)], g, label);
        var constructor = typeof(FacetCount<int>).GetConstructor([typeof(int), typeof(int), typeof(string)])!;
        return Expression.Lambda<Func<IGrouping<int, T>, FacetCount<int>>>(
            Expression.New(constructor, Expression.Property(g, nameof(IGrouping<int, T>.Key)), count, max), g);
    }
}
