using System.Globalization;
using Blog.Domain.Posts;

namespace Blog.Domain.Paging;

/// <summary>GET /posts parameters, parsed and checked: every host lists posts from this one reading of the query.</summary>
public sealed record PostListQuery(
    int Limit,
    PostSort Sort,
    PostStatus Status,
    int? AuthorId,
    string? Tag,
    string? Search,
    CursorPosition? After)
{
    public static PostListQuery Parse(
        CursorCodec codec, string? cursor, string? limit, string? status, string? authorId, string? tag,
        string? search, string? sort)
    {
        var pageSize = ListParameters.Limit(limit);
        if (!PostSort.TryParse(sort, out var order))
            throw ListParameters.Bad("sort", $"Must be one of {string.Join(", ", PostSort.Names)}, optionally prefixed with '-'.");
        var state = PostStatus.Published;
        if (!string.IsNullOrEmpty(status) && !PostStatuses.TryParse(status, out state))
            throw ListParameters.Bad("status", $"Must be one of: {string.Join(", ", PostStatuses.All)}.");
        int? author = null;
        if (!string.IsNullOrEmpty(authorId))
        {
            if (!int.TryParse(authorId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
                throw ListParameters.Bad("author_id", "Must be an integer.");
            author = id;
        }
        var tagName = string.IsNullOrEmpty(tag) ? null : tag.ToLowerInvariant();
        var text = string.IsNullOrEmpty(search) ? null : search;
        if (tagName is not null && Rules.FieldRules.NoNul(tagName) is { } tagError) throw ListParameters.Bad("tag", tagError);
        if (text is not null && Rules.FieldRules.NoNul(text) is { } searchError) throw ListParameters.Bad("search", searchError);
        var query = new PostListQuery(pageSize, order, state, author, tagName, text, null);
        return query with { After = ListParameters.Cursor(codec, query.Scope, cursor) };
    }

    /// <summary>What a cursor is bound to: the sort and every filter, but not the page size.</summary>
    public string Scope =>
        $"posts|{Sort}|{Status.ToWire()}|{AuthorId}|{Tag}|{Search?.Length}:{Search}";

    /// <summary>The search text as a case-insensitive LIKE pattern, with '%', '_' and '\' matched literally (ESCAPE '\').</summary>
    public string? SearchPattern => Search is null ? null : Like.Contains(Search);

    /// <summary>The timestamp key of the cursor; only asked for when there is a cursor under a timestamp sort.</summary>
    public DateTime AfterTimestamp => PostSort.TimestampOf(After?.Key ?? "") ?? throw CursorCodec.Invalid();
}
