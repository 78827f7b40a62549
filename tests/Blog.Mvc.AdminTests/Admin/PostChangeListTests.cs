using Blog.Domain.Posts;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class PostChangeListTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Fact]
    public async Task Filters_show_the_count_each_choice_would_list()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var alice = await host.CreateUserAsync();
        var bob = await host.CreateUserAsync();
        await host.CreatePostAsync(alice, $"{word} one", PostStatus.Published);
        await host.CreatePostAsync(alice, $"{word} two", PostStatus.Published);
        await host.CreatePostAsync(bob, $"{word} three", PostStatus.Draft);

        var all = await client.GetHtmlAsync($"/admin/posts?q={word}");
        Assert.Contains("Published <span class=\"count\">(2)</span>", all);
        Assert.Contains("Draft <span class=\"count\">(1)</span>", all);
        Assert.Contains("Archived <span class=\"count\">(0)</span>", all);
        Assert.Contains($"{alice.Username} <span class=\"count\">(2)</span>", all);
        Assert.Contains($"{bob.Username} <span class=\"count\">(1)</span>", all);

        var published = await client.GetHtmlAsync($"/admin/posts?q={word}&status=published");
        Assert.Contains($"{word} one", published);
        Assert.Contains($"{word} two", published);
        Assert.DoesNotContain($"{word} three", published);
        // Facets count under the other filters: with status=published, bob has no posts to show.
        Assert.DoesNotContain($"{bob.Username} <span class=\"count\">", published);

        var bobs = await client.GetHtmlAsync($"/admin/posts?q={word}&author={bob.Id}");
        Assert.Contains($"{word} three", bobs);
        Assert.DoesNotContain($"{word} one", bobs);
        Assert.Contains("Published <span class=\"count\">(0)</span>", bobs);
    }

    [Fact]
    public async Task Date_hierarchy_drills_down_from_year_to_month()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync();
        await host.CreatePostAsync(author, $"{word} march", createdAt: new DateTime(2021, 3, 5, 10, 0, 0, DateTimeKind.Utc));
        await host.CreatePostAsync(author, $"{word} march too", createdAt: new DateTime(2021, 3, 28, 23, 59, 0, DateTimeKind.Utc));
        await host.CreatePostAsync(author, $"{word} july", createdAt: new DateTime(2021, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        await host.CreatePostAsync(author, $"{word} later", createdAt: new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var years = await client.GetHtmlAsync($"/admin/posts?q={word}");
        Assert.Contains("2021 <span class=\"count\">(3)</span>", years);
        Assert.Contains("2022 <span class=\"count\">(1)</span>", years);

        var months = await client.GetHtmlAsync($"/admin/posts?q={word}&year=2021");
        Assert.Contains("March 2021 <span class=\"count\">(2)</span>", months);
        Assert.Contains("July 2021 <span class=\"count\">(1)</span>", months);
        Assert.DoesNotContain($"{word} later", months);

        var march = await client.GetHtmlAsync($"/admin/posts?q={word}&year=2021&month=3");
        Assert.Contains($"{word} march too", march);
        Assert.DoesNotContain($"{word} july", march);
        Assert.Contains("2 posts", march);
    }

    [Fact]
    public async Task Search_matches_title_content_and_author_username_case_insensitively()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync(Unique.Name(word));
        var other = await host.CreateUserAsync();
        await host.CreatePostAsync(other, $"In the title {word.ToUpperInvariant()}");
        await host.CreatePostAsync(other, "In the content", content: $"... {word} ...");
        await host.CreatePostAsync(author, "By the author");
        await host.CreatePostAsync(other, "Unrelated");
        var percent = await host.CreatePostAsync(other, $"{word} 100% sure");

        var html = await client.GetHtmlAsync($"/admin/posts?q={word}");

        Assert.Contains($"In the title {word.ToUpperInvariant()}", html);
        Assert.Contains("In the content", html);
        Assert.Contains("By the author", html);
        Assert.DoesNotContain("Unrelated", html);
        Assert.Contains("4 results", html);
        var literal = await client.GetHtmlAsync($"/admin/posts?q={Uri.EscapeDataString(word + " 100%")}");
        Assert.Contains("1 result", literal);
        Assert.Contains(percent.Title, literal);
    }

    [Fact]
    public async Task Columns_sort_both_ways_and_pages_hold_twenty_rows()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync();
        for (var i = 0; i < 23; i++)
            await host.CreatePostAsync(author, $"{word} {i:D2}", comments: i == 5 ? 3 : 0);

        var ascending = await client.GetHtmlAsync($"/admin/posts?q={word}&o=title");
        var (at00, at01) = (ascending.IndexOf($"{word} 00", StringComparison.Ordinal), ascending.IndexOf($"{word} 01", StringComparison.Ordinal));
        Assert.True(at00 >= 0 && at01 >= 0, $"the first page by title lists '{word} 00' and '{word} 01'");
        Assert.True(at00 < at01, $"by title, '{word} 00' comes before '{word} 01'");
        Assert.DoesNotContain($"{word} 22", ascending);
        Assert.Contains("23 posts", ascending);

        var second = await client.GetHtmlAsync($"/admin/posts?q={word}&o=title&p=2");
        Assert.Contains($"{word} 22", second);
        Assert.DoesNotContain($"{word} 19", second);

        var descending = await client.GetHtmlAsync($"/admin/posts?q={word}&o=-title");
        var (at22, at21) = (descending.IndexOf($"{word} 22", StringComparison.Ordinal), descending.IndexOf($"{word} 21", StringComparison.Ordinal));
        Assert.True(at22 >= 0 && at21 >= 0, $"the first page by -title lists '{word} 22' and '{word} 21'");
        Assert.True(at22 < at21, $"by -title, '{word} 22' comes before '{word} 21'");

        var byComments = await client.GetHtmlAsync($"/admin/posts?q={word}&o=-comments");
        var firstRow = byComments.IndexOf("/change\">", StringComparison.Ordinal);
        Assert.StartsWith($"{word} 05", byComments[(firstRow + "/change\">".Length)..]);
    }

    [Fact]
    public async Task A_change_list_page_costs_a_fixed_number_of_sql_statements()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync();
        var counter = host.Statements;
        async Task<int> StatementsFor(string url)
        {
            await client.GetHtmlAsync(url);
            counter.Reset();
            await client.GetHtmlAsync(url);
            return counter.Count;
        }

        await host.CreatePostAsync(author, $"{word} a", comments: 1, tags: ["x"]);
        var withOne = await StatementsFor($"/admin/posts?q={word}");
        for (var i = 0; i < 15; i++)
            await host.CreatePostAsync(await host.CreateUserAsync(), $"{word} {i}", comments: 2, tags: ["y"]);
        var withSixteen = await StatementsFor($"/admin/posts?q={word}");

        Assert.True(withOne > 0, "the host's statements are counted");
        Assert.Equal(withOne, withSixteen);
    }
}
