using System.Linq.Expressions;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>Makes the columns of a change list or an inline: <c>Columns.Of((Comment c) => c.Author.Username, "Author", "author")</c>.</summary>
public static class Columns
{
    /// <summary>A column named after the property it reads unless told otherwise; sortable by that name.</summary>
    public static Column<T> Of<T, TValue>(Expression<Func<T, TValue>> value, string? label = null, string? name = null, bool sortable = true)
    {
        var key = name ?? Names.Snake(Lambdas.MemberName(value) ?? throw new ArgumentException("A computed column needs a name.", nameof(name)));
        return new Column<T, TValue>(key, label ?? Names.Label(key), value, sortable);
    }
}
