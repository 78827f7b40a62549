namespace Blog.Data.Queries;

/// <summary>
/// A post's tag names fetched as one string per post (<c>string_agg</c> on PostgreSQL, <c>group_concat</c> on SQLite)
/// inside the page's own statement: cheaper than joining the tag rows and regrouping them under a four-key sort.
/// Tag names are slugs (a-z, 0-9 and '-'), so the separator never occurs in one.
/// </summary>
public static class JoinedTags
{
    public const string Separator = ",";

    /// <summary>The names, in no given order; none when the post has no tag.</summary>
    public static List<string> Split(string? joined) => string.IsNullOrEmpty(joined) ? [] : [.. joined.Split(Separator)];
}
