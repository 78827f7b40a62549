using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// <c>date_hierarchy</c>: links that drill down from years to the months of a year and the days of a month, each
/// with its count, through <c>year</c>, <c>month</c> and <c>day</c>. Dates are UTC, as stored.
/// </summary>
public sealed class DateHierarchy<T>(Expression<Func<T, DateTime>> date)
{
    public static readonly IReadOnlyList<string> Parameters = [ChangeListParams.Year, ChangeListParams.Month, ChangeListParams.Day];

    public IQueryable<T> Apply(IQueryable<T> rows, ChangeListParams current) =>
        Range(current) is var (from, to) ? Between(rows, from, to) : rows;

    public async Task<DateHierarchyView> ViewAsync(
        IQueryable<T> rows, ChangeListParams current, Func<ChangeListParams, string> url, CancellationToken cancellationToken)
    {
        var (year, month, day) = Chosen(current);
        var back = new List<FilterChoice>();
        if (year is not null) back.Add(new("‹ All dates", url(current.Without([.. Parameters])), false, null));
        if (month is not null) back.Add(new($"‹ {year}", url(current.Without(ChangeListParams.Month, ChangeListParams.Day)), false, null));
        if (day is not null) back.Add(new($"‹ {MonthName(month!.Value)} {year}", url(current.Without(ChangeListParams.Day)), false, null));

        var (level, parameter, label) = (year, month, day) switch
        {
            (null, _, _) => (Lambdas.Member<T, DateTime, int>(date, nameof(DateTime.Year)), ChangeListParams.Year,
                (Func<int, string>)(y => y.ToString(CultureInfo.InvariantCulture))),
            (_, null, _) => (Lambdas.Member<T, DateTime, int>(date, nameof(DateTime.Month)), ChangeListParams.Month,
                m => $"{MonthName(m)} {year}"),
            _ => (Lambdas.Member<T, DateTime, int>(date, nameof(DateTime.Day)), ChangeListParams.Day,
                d => $"{MonthName(month!.Value)} {d}"),
        };
        var scope = Range(current) is var (from, to) ? Between(rows, from, to) : rows;
        var counts = await scope.GroupBy(level).Select(g => new FacetCount<int>(g.Key, g.Count(), null)).ToListAsync(cancellationToken);
        var links = counts.OrderBy(c => c.Value).Select(c =>
        {
            var wire = c.Value.ToString(CultureInfo.InvariantCulture);
            return new FilterChoice(label(c.Value), url(current.With(parameter, wire)), current[parameter] == wire, c.Count);
        });
        return new DateHierarchyView(back, day is null ? [.. links] : [new FilterChoice($"{MonthName(month!.Value)} {day}, {year}", url(current), true, null)]);
    }

    /// <summary>The year, month and day chosen, each only when the ones above it are (a month without a year is no filter).</summary>
    private static (int? Year, int? Month, int? Day) Chosen(ChangeListParams current)
    {
        var year = current.Number(ChangeListParams.Year) is { } y and >= 1 and <= 9998 ? y : (int?)null;
        var month = year is not null && current.Number(ChangeListParams.Month) is { } m and >= 1 and <= 12 ? m : (int?)null;
        var day = month is not null && current.Number(ChangeListParams.Day) is { } d && d >= 1 && d <= DateTime.DaysInMonth(year!.Value, month.Value)
            ? d : (int?)null;
        return (year, month, day);
    }

    private static (DateTime From, DateTime To)? Range(ChangeListParams current) => Chosen(current) switch
    {
        (null, _, _) => null,
        ({ } y, null, _) => (Utc(y, 1, 1), Utc(y, 1, 1).AddYears(1)),
        ({ } y, { } m, null) => (Utc(y, m, 1), Utc(y, m, 1).AddMonths(1)),
        ({ } y, { } m, { } d) => (Utc(y, m, d), Utc(y, m, d).AddDays(1)),
    };

    private IQueryable<T> Between(IQueryable<T> rows, DateTime from, DateTime to) =>
        rows.Where(Lambdas.Where(date, body => Expression.AndAlso(
            Expression.GreaterThanOrEqual(body, Lambdas.Parameter(from)),
            Expression.LessThan(body, Lambdas.Parameter(to)))));

    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
