using System.Globalization;
using Blog.Domain.Errors;
using Blog.Domain.Rules;

namespace Blog.Domain.Paging;

/// <summary>Reads the query values every list shares: limit and cursor, each given at most once.</summary>
public static class ListParameters
{
    public static int Limit(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return Limits.PageDefault;
        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var limit)
            && limit is >= 1 and <= Limits.PageMax)
            return limit;
        throw Bad("limit", $"Must be an integer from 1 to {Limits.PageMax}.");
    }

    /// <summary>A list parameter takes one value: sent twice, it is refused rather than one of its values guessed.</summary>
    public static string? Once(string parameter, IReadOnlyList<string?>? values) =>
        values switch
        {
            null or { Count: 0 } => null,
            { Count: 1 } => values[0],
            _ => throw Bad(parameter, "Must be given at most once."),
        };

    public static CursorPosition? Cursor(CursorCodec codec, string scope, string? raw) =>
        string.IsNullOrEmpty(raw) ? null : codec.Decode(scope, raw);

    public static BadRequestError Bad(string parameter, string message) =>
        new($"Query parameter '{parameter}' is invalid: {message}",
            new Dictionary<string, string[]> { [parameter] = [message] });

    /// <summary>Builds a page from rows fetched with limit + 1: the extra row only says whether more exist.</summary>
    public static Page<T> ToPage<T>(
        IReadOnlyList<T> rows, int limit, int total, Func<T, CursorPosition> positionOf, Func<CursorPosition, string> encode) =>
        ToCursorPage(rows, limit, positionOf, encode).WithTotal(total);

    /// <summary>The page of <paramref name="rows"/> (fetched with one row more than <paramref name="limit"/>), without a total.</summary>
    public static CursorPage<T> ToCursorPage<T>(
        IReadOnlyList<T> rows, int limit, Func<T, CursorPosition> positionOf, Func<CursorPosition, string> encode)
    {
        var hasMore = rows.Count > limit;
        var items = hasMore ? rows.Take(limit).ToList() : rows;
        return new CursorPage<T>(items, hasMore ? encode(positionOf(items[^1])) : null, hasMore);
    }
}
