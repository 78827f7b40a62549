using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace MvcControllers.Admin.Users;

/// <summary>The user change list's query string: `q`, `is_staff`, `is_active` and `p` (page).</summary>
public sealed record UserFilters(string? Search, bool? IsStaff, bool? IsActive, int Page)
{
    public static UserFilters From(string? q, bool? isStaff, bool? isActive, int? p) =>
        new(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), isStaff, isActive, p ?? 1);

    public string Url()
    {
        var query = new Dictionary<string, string?>();
        if (Search is not null) query["q"] = Search;
        if (IsStaff is { } staff) query["is_staff"] = staff ? "true" : "false";
        if (IsActive is { } active) query["is_active"] = active ? "true" : "false";
        if (Page != 1) query["p"] = Page.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/admin/users", query);
    }

    public string QueryString() => Url()["/admin/users".Length..];
}
