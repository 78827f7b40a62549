using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class AdminInputOnSqlite(AdminHost host) : AdminInputTests(host), IClassFixture<AdminHost>;

public sealed class AdminInputOnPostgres(PostgresAdminHost host) : AdminInputTests(host), IClassFixture<PostgresAdminHost>;

/// <summary>Odd input the admin pages must survive: a NUL in a search, odd query strings, a broken return query, stale ids, unknown pages.</summary>
public abstract class AdminInputTests(AdminHost host)
{
    [Theory]
    [InlineData("posts")]
    [InlineData("users")]
    [InlineData("comments")]
    [InlineData("tags")]
    public async Task A_search_with_a_nul_character_matches_nothing(string model)
    {
        using var client = await host.LoggedInClientAsync();
        await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word(), comments: 1, tags: ["nul"]);

        var html = await client.GetHtmlAsync($"/admin/{model}?q=a%00");

        Assert.Contains("0 results", html);
    }

    [Theory]
    [InlineData("posts")]
    [InlineData("users")]
    [InlineData("comments")]
    [InlineData("tags")]
    public async Task A_search_of_thousands_of_words_answers_and_counts_only_the_first_distinct_ones(string model)
    {
        using var client = await host.LoggedInClientAsync();
        var word = Unique.Word();
        var counted = string.Join(' ', Enumerable.Range(1, 15).Select(i => $"w{i}"));
        await host.CreatePostAsync(await host.CreateUserAsync(), $"{word} {counted}");
        var search = string.Join(' ', [word, word.ToUpperInvariant(), .. Enumerable.Range(1, 3000).Select(i => $"w{i}")]);

        var html = await client.GetHtmlAsync($"/admin/{model}?q={Uri.EscapeDataString(search)}");

        Assert.Contains(model == "posts" ? "1 result" : "0 results", html);
    }

    [Theory]
    [InlineData("o=--title")]
    [InlineData("o=nope")]
    [InlineData("p=0")]
    [InlineData("p=99999")]
    [InlineData("p=abc")]
    [InlineData("year=abc&month=13")]
    [InlineData("year=2021&month=13&day=40")]
    [InlineData("year=99999")]
    [InlineData("status=nope&author=x")]
    [InlineData("unknown=1")]
    public async Task An_odd_query_string_lists_posts_as_if_the_odd_part_were_not_there(string query)
    {
        using var client = await host.LoggedInClientAsync();
        var word = Unique.Word();
        await host.CreatePostAsync(await host.CreateUserAsync(), $"{word} post", PostStatus.Draft, createdAt: new DateTime(2021, 5, 5, 0, 0, 0, DateTimeKind.Utc));

        var html = await client.GetHtmlAsync($"/admin/posts?q={word}&{query}");

        Assert.Contains($"{word} post", html);
        Assert.DoesNotContain("o=---title", html);
    }

    [Fact]
    public async Task A_return_query_with_a_line_break_is_ignored()
    {
        using var client = await host.LoggedInClientAsync();
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word());
        var token = AdminClient.Token(await client.GetHtmlAsync("/admin/posts"));

        var response = await client.PostAsync("/admin/posts", ("action", "publish"), ("selected", post.Id.ToString()),
            ("confirmed", "true"), ("returnQuery", "?q=x\r\nSet-Cookie: evil=1"), ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/posts?q=", location);
        Assert.DoesNotContain('\n', location);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.Contains("evil", StringComparison.Ordinal)));
        Assert.Equal(PostStatus.Published, await host.QueryAsync(db => db.Posts.Where(p => p.Id == post.Id).Select(p => p.Status).SingleAsync(Ct)));
    }

    [Theory]
    [InlineData("/admin/posts", "publish", false)]
    [InlineData("/admin/posts", "delete_selected", true)]
    [InlineData("/admin/users", "deactivate", false)]
    [InlineData("/admin/comments", "delete_selected", true)]
    public async Task A_bulk_action_on_ids_that_no_longer_exist_changes_nothing_and_says_so(string list, string action, bool confirmed)
    {
        using var client = await host.LoggedInClientAsync();
        var token = AdminClient.Token(await client.GetHtmlAsync(list));

        var response = await client.PostAsync(list, ("action", action), ("selected", "987654321"),
            ("confirmed", confirmed ? "true" : "false"), ("__RequestVerificationToken", token));

        Assert.Equal(list, response.Headers.Location!.OriginalString);
        var page = await client.FollowAsync(response);
        Assert.Contains("No items found", page);
        Assert.DoesNotContain("Successfully", page);
    }

    [Fact]
    public async Task An_unknown_action_or_selection_changes_nothing()
    {
        using var client = await host.LoggedInClientAsync();
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word());
        var token = AdminClient.Token(await client.GetHtmlAsync("/admin/posts"));

        var unknown = await client.PostAsync("/admin/posts", ("action", "drop_table"), ("selected", post.Id.ToString()), ("confirmed", "true"),
            ("__RequestVerificationToken", token));
        Assert.Contains("No action selected.", await client.FollowAsync(unknown));
        var junk = await client.PostAsync("/admin/posts", ("action", "publish"), ("selected", "abc"), ("confirmed", "true"), ("__RequestVerificationToken", token));

        Assert.Contains("Items must be selected", await client.FollowAsync(junk));
        Assert.Equal(PostStatus.Draft, await host.QueryAsync(db => db.Posts.Where(p => p.Id == post.Id).Select(p => p.Status).SingleAsync(Ct)));
    }

    [Theory]
    [InlineData("/admin/nope")]
    [InlineData("/admin/nope/add")]
    [InlineData("/admin/posts/987654321/change")]
    [InlineData("/admin/posts/987654321/delete")]
    [InlineData("/admin/posts/1/nope")]
    [InlineData("/admin/users/987654321/password")]
    public async Task An_unknown_page_or_object_is_the_admin_404(string url)
    {
        using var client = await host.LoggedInClientAsync();

        var response = await client.Http.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(Ct));
    }
}
