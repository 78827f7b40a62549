using System.Text.RegularExpressions;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class TagAdminOnSqlite(AdminHost host) : TagAdminTests(host), IClassFixture<AdminHost>;

public sealed class TagAdminOnPostgres(PostgresAdminHost host) : TagAdminTests(host), IClassFixture<PostgresAdminHost>;

/// <summary>The tag registration: a read-only list of the tags with their post counts.</summary>
public abstract class TagAdminTests(AdminHost host)
{
    [Fact]
    public async Task Tags_are_listed_with_their_post_counts_searchable_and_sortable()
    {
        var client = await host.LoggedInClientAsync();
        var word = Unique.Word();
        var author = await host.CreateUserAsync();
        await host.CreatePostAsync(author, Unique.Word(), tags: [$"{word}-a", $"{word}-b"]);
        await host.CreatePostAsync(author, Unique.Word(), tags: [$"{word}-b"]);

        var html = await client.GetHtmlAsync($"/admin/tags?q={word}");

        Assert.Contains("2 results", html);
        Assert.Matches($"<span>{word}-a</span>\\s*</td>\\s*<td class=\"field-posts count\">\\s*<span>1</span>", html);
        Assert.Matches($"<span>{word}-b</span>\\s*</td>\\s*<td class=\"field-posts count\">\\s*<span>2</span>", html);
        var byName = html.IndexOf($"{word}-a", StringComparison.Ordinal) < html.IndexOf($"{word}-b", StringComparison.Ordinal);
        var byCount = await client.GetHtmlAsync($"/admin/tags?q={word}&o=-posts");
        Assert.True(byName, "by name, -a first");
        Assert.True(byCount.IndexOf($"{word}-b", StringComparison.Ordinal) < byCount.IndexOf($"{word}-a", StringComparison.Ordinal), "by -posts, -b first");
    }

    [Theory]
    [InlineData("posts")]
    [InlineData("-posts")]
    public async Task Sorted_by_post_count_with_ties_the_pages_hold_every_tag_exactly_once(string order)
    {
        var client = await host.LoggedInClientAsync();
        var word = Unique.Word();
        var names = Enumerable.Range(1, 250).Select(i => $"{word}-{i}").ToArray();
        var author = await host.CreateUserAsync();
        await host.CreatePostAsync(author, Unique.Word(), tags: names);
        await host.CreatePostAsync(author, Unique.Word(), tags: names[..60]);

        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var html = await client.GetHtmlAsync($"/admin/tags?q={word}&o={order}&p={page}");
            seen.AddRange(Regex.Matches(html, $"<span>({word}-\\d+)</span>").Select(m => m.Groups[1].Value));
        }

        Assert.Equal(names.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_tag_list_is_read_only()
    {
        var client = await host.LoggedInClientAsync();

        var html = await client.GetHtmlAsync("/admin/tags");

        Assert.DoesNotContain("action-toggle", html);
        Assert.DoesNotContain("Add tag", html);
        Assert.DoesNotContain("/change\"", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/admin/tags/add", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/admin/tags/1/change", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/admin/tags/1/delete", Ct)).StatusCode);
    }
}
