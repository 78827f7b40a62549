using System.Globalization;
using Blog.Domain.Posts;
using Blog.Domain.Rules;

namespace Blog.Domain.Paging;

/// <summary>
/// GET /posts parameters, parsed and checked: every host lists posts from this one reading of the query. A host that
/// binds the parameters as text hands them to <see cref="Parse"/>; one that binds them typed reads each with its
/// <c>Read…</c> rule (a bad value is a 400 keyed by the parameter) and builds the query with <see cref="Of"/>.
/// </summary>
public sealed record PostListQuery(
    int Limit,
    PostSort Sort,
    PostStatus Status,
    int? AuthorId,
    string? Tag,
    string? Search,
    CursorPosition? After)
{
    /// <summary>The parameters as sent, checked in this order: limit, sort, status, author_id, tag, search, cursor.</summary>
    public static PostListQuery Parse(
        CursorCodec codec, string? cursor, string? limit, string? status, string? authorId, string? tag,
        string? search, string? sort) =>
        Of(codec, cursor, ListParameters.Limit(limit), ReadSort(sort), ReadStatus(status), ReadAuthorId(authorId),
            ReadTag(tag), ReadSearch(search));

    /// <summary>The query of checked values; the cursor, bound to all of them, is decoded last.</summary>
    public static PostListQuery Of(
        CursorCodec codec, string? cursor, int limit, PostSort sort, PostStatus status, int? authorId, string? tag,
        string? search)
    {
        var query = new PostListQuery(limit, sort, status, authorId, tag, search, null);
        return query with { After = ListParameters.Cursor(codec, query.Scope, cursor) };
    }

    /// <summary>`sort`: a field name, optionally prefixed with '-'; none is newest first.</summary>
    public static PostSort ReadSort(string? value) => PostSort.TryParse(value, out var sort) ? sort
        : throw ListParameters.Bad("sort", $"Must be one of {string.Join(", ", PostSort.Names)}, optionally prefixed with '-'.");

    /// <summary>`status`: one of the wire spellings, exactly; none is published.</summary>
    public static PostStatus ReadStatus(string? value) =>
        string.IsNullOrEmpty(value) ? PostStatus.Published
        : PostStatuses.TryParse(value, out var status) ? status
        : throw ListParameters.Bad("status", $"Must be one of: {string.Join(", ", PostStatuses.All)}.");

    /// <summary>`author_id`: an integer, or none.</summary>
    public static int? ReadAuthorId(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id
        : throw ListParameters.Bad("author_id", "Must be an integer.");

    /// <summary>`tag`: matched lower-cased, like tags are stored; empty is no filter.</summary>
    public static string? ReadTag(string? value) => Text("tag", value?.ToLowerInvariant());

    /// <summary>`search`: matched literally; empty is no filter.</summary>
    public static string? ReadSearch(string? value) => Text("search", value);

    private static string? Text(string parameter, string? value) =>
        string.IsNullOrEmpty(value) ? null
        : FieldRules.NoNul(value) is { } error ? throw ListParameters.Bad(parameter, error)
        : value;

    /// <summary>What a cursor is bound to: the sort and every filter, but not the page size.</summary>
    public string Scope =>
        $"posts|{Sort}|{Status.ToWire()}|{AuthorId}|{Tag}|{Search?.Length}:{Search}";

    /// <summary>The search text as a case-insensitive LIKE pattern, with '%', '_' and '\' matched literally (ESCAPE '\').</summary>
    public string? SearchPattern => Search is null ? null : Like.Contains(Search);

    /// <summary>The timestamp key of the cursor; only asked for when there is a cursor under a timestamp sort.</summary>
    public DateTime AfterTimestamp => PostSort.TimestampOf(After?.Key ?? "") ?? throw CursorCodec.Invalid();
}
