using System.Security.Cryptography;
using Blog.Domain.Errors;
using Blog.Domain.Paging;
using Blog.Domain.Posts;

namespace Blog.Domain.Tests;

public class PostListQueryTests
{
    private readonly CursorCodec _codec = new(RandomNumberGenerator.GetBytes(32));

    private PostListQuery Parse(
        string? cursor = null, string? limit = null, string? status = null, string? authorId = null,
        string? tag = null, string? search = null, string? sort = null) =>
        PostListQuery.Parse(_codec, cursor, limit, status, authorId, tag, search, sort);

    [Fact]
    public void Defaults_are_twenty_published_newest_first()
    {
        var query = Parse();
        Assert.Equal(20, query.Limit);
        Assert.Equal(PostStatus.Published, query.Status);
        Assert.Equal(PostSort.Default, query.Sort);
        Assert.Null(query.After);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public void Limit_outside_1_to_100_is_a_bad_request(string limit) =>
        Assert.Equal("limit", Assert.Throws<BadRequestError>(() => Parse(limit: limit)).Errors!.Keys.Single());

    [Theory]
    [InlineData("sort", "name")]
    [InlineData("sort", "--title")]
    [InlineData("status", "deleted")]
    [InlineData("author_id", "x")]
    public void Unknown_values_are_bad_requests(string parameter, string value)
    {
        var error = Assert.Throws<BadRequestError>(() => parameter switch
        {
            "sort" => Parse(sort: value),
            "status" => Parse(status: value),
            _ => Parse(authorId: value),
        });
        Assert.Equal(parameter, error.Errors!.Keys.Single());
    }

    [Theory]
    [InlineData("title", PostSortField.Title, false)]
    [InlineData("-updated_at", PostSortField.UpdatedAt, true)]
    [InlineData("created_at", PostSortField.CreatedAt, false)]
    public void Sorts_parse_with_an_optional_minus(string sort, PostSortField field, bool descending) =>
        Assert.Equal(new PostSort(field, descending), Parse(sort: sort).Sort);

    [Fact]
    public void A_cursor_is_bound_to_the_sort_and_filters_but_not_the_limit()
    {
        var first = Parse(sort: "title", tag: "x", limit: "5");
        var cursor = _codec.Encode(first.Scope, new CursorPosition("b", 3));
        Assert.Equal("b", Parse(cursor: cursor, sort: "title", tag: "x", limit: "50").After!.Key);
        Assert.Throws<BadRequestError>(() => Parse(cursor: cursor, sort: "-title", tag: "x"));
        Assert.Throws<BadRequestError>(() => Parse(cursor: cursor, sort: "title", tag: "y"));
        Assert.Throws<BadRequestError>(() => Parse(cursor: cursor, sort: "title", tag: "x", search: "s"));
    }

    [Fact]
    public void Search_wildcards_are_escaped_for_like()
    {
        Assert.Equal(@"%100\% sure%", Parse(search: "100% SURE").SearchPattern);
        Assert.Equal(@"%a\_b\\c%", Like.Contains(@"a_b\c"));
    }

    [Fact]
    public void A_page_of_limit_plus_one_rows_has_more_and_a_cursor_at_its_last_item()
    {
        var page = ListParameters.ToPage([1, 2, 3], 2, 10, n => new CursorPosition(n.ToString(), n), p => p.Key);
        Assert.Equal([1, 2], page.Items);
        Assert.True(page.HasMore);
        Assert.Equal("2", page.NextCursor);
        var last = ListParameters.ToPage([1, 2], 2, 10, n => new CursorPosition(n.ToString(), n), p => p.Key);
        Assert.False(last.HasMore);
        Assert.Null(last.NextCursor);
    }

    [Fact]
    public void Timestamp_keys_round_trip_as_utc()
    {
        var at = new DateTime(2026, 1, 31, 12, 0, 0, DateTimeKind.Utc).AddTicks(1230);
        Assert.Equal(at, PostSort.TimestampOf(PostSort.KeyOf(at)));
        Assert.Equal(DateTimeKind.Utc, PostSort.TimestampOf(PostSort.KeyOf(at))!.Value.Kind);
        Assert.Null(PostSort.TimestampOf("not-ticks"));
    }
}
