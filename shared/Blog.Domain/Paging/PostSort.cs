using System.Globalization;

namespace Blog.Domain.Paging;

/// <summary>A post list's order: one field, ascending or descending, ties always broken by id in the same direction.</summary>
public sealed record PostSort(PostSortField Field, bool Descending)
{
    public static readonly PostSort Default = new(PostSortField.CreatedAt, Descending: true);

    public static readonly IReadOnlyList<string> Names = ["created_at", "updated_at", "title"];

    public static bool TryParse(string? value, out PostSort sort)
    {
        sort = Default;
        if (string.IsNullOrEmpty(value)) return true;
        var descending = value.StartsWith('-');
        var field = (descending ? value[1..] : value) switch
        {
            "created_at" => PostSortField.CreatedAt,
            "updated_at" => PostSortField.UpdatedAt,
            "title" => PostSortField.Title,
            _ => (PostSortField?)null,
        };
        if (field is null) return false;
        sort = new PostSort(field.Value, descending);
        return true;
    }

    public override string ToString() => (Descending ? "-" : "") + Names[(int)Field];

    /// <summary>The cursor key of a row under this sort.</summary>
    public string KeyOf(DateTime createdAt, DateTime updatedAt, string title) => Field switch
    {
        PostSortField.CreatedAt => KeyOf(createdAt),
        PostSortField.UpdatedAt => KeyOf(updatedAt),
        _ => title,
    };

    public static string KeyOf(DateTime timestamp) => timestamp.Ticks.ToString(CultureInfo.InvariantCulture);

    /// <summary>A timestamp cursor key read back; null when the key was not a timestamp.</summary>
    public static DateTime? TimestampOf(string key) =>
        long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
        && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime(ticks, DateTimeKind.Utc)
            : null;
}
