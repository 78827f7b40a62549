using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// A change list's query string: <c>q</c> (search), <c>o</c> (order), <c>p</c> (page), the date drill-down
/// (<c>year</c>, <c>month</c>, <c>day</c>) and one parameter per filter. Names the model admin does not know are dropped,
/// so every link the page makes is built from what it understood.
/// </summary>
public sealed class ChangeListParams
{
    public const string Search = "q";
    public const string Order = "o";
    public const string Page = "p";
    public const string Year = "year";
    public const string Month = "month";
    public const string Day = "day";

    private readonly ImmutableSortedDictionary<string, string> values;

    private ChangeListParams(ImmutableSortedDictionary<string, string> values) => this.values = values;

    public static ChangeListParams From(IEnumerable<KeyValuePair<string, StringValues>> query, IReadOnlySet<string> known) =>
        new(query
            .Where(pair => known.Contains(pair.Key) && !string.IsNullOrWhiteSpace(pair.Value.ToString()))
            .ToImmutableSortedDictionary(pair => pair.Key, pair => pair.Value.ToString().Trim(), StringComparer.Ordinal));

    /// <summary>The list's query string as a form sent it back (a bulk action's <c>returnQuery</c>); anything unreadable is no filter.</summary>
    public static ChangeListParams FromQueryString(string? queryString, IReadOnlySet<string> known) =>
        From(queryString is { Length: > 0 } && queryString[0] == '?' ? QueryHelpers.ParseQuery(queryString) : [], known);

    public string? this[string name] => values.GetValueOrDefault(name);

    public int? Number(string name) =>
        int.TryParse(this[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public int PageNumber => Number(Page) is { } page and > 0 ? page : 1;

    /// <summary>These parameters with one changed (null removes it); any change but the page's starts again at page 1.</summary>
    public ChangeListParams With(string name, string? value)
    {
        var changed = value is null ? values.Remove(name) : values.SetItem(name, value);
        return new ChangeListParams(name == Page ? changed : changed.Remove(Page));
    }

    public ChangeListParams Without(params string[] names) =>
        new(names.Aggregate(values, (remaining, name) => remaining.Remove(name)).Remove(Page));

    /// <summary>"?q=x&amp;status=draft", or "" for the unfiltered first page.</summary>
    public string QueryString => values.Count == 0 ? "" : QueryHelpers.AddQueryString("", values.ToDictionary(v => v.Key, v => (string?)v.Value));

    /// <summary>The hidden inputs a search form carries so that searching keeps the filters (and starts at page 1).</summary>
    public IEnumerable<KeyValuePair<string, string>> HiddenForSearch => values.Where(v => v.Key is not Search and not Page);
}
