using Blog.Domain.Posts;

namespace Blog.Mvc.AdminTests.Site;

public sealed class TagPageTests(AdminHost host) : IClassFixture<AdminHost>
{
    private static readonly DateTime Day = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_tag_page_lists_the_published_posts_with_that_tag_newest_first()
    {
        var tag = Unique.Word();
        var author = await host.CreateUserAsync();
        var older = await host.CreatePostAsync(author, $"Older {Unique.Word()}", PostStatus.Published, createdAt: Day, tags: [tag]);
        var newer = await host.CreatePostAsync(author, $"Newer {Unique.Word()}", PostStatus.Published, createdAt: Day.AddDays(1), tags: [tag, "other"]);
        var draft = await host.CreatePostAsync(author, $"Draft {Unique.Word()}", PostStatus.Draft, tags: [tag]);
        var untagged = await host.CreatePostAsync(author, $"Untagged {Unique.Word()}", PostStatus.Published);
        using var site = new SiteClient(host);

        var html = await site.GetHtmlAsync($"/tags/{tag}");

        Assert.Contains($"Posts tagged “{tag}”", WebUtility.HtmlDecode(html));
        Assert.True(html.IndexOf(newer.Title, StringComparison.Ordinal) is var at && at >= 0 && at < html.IndexOf(older.Title, StringComparison.Ordinal),
            "The newer post is not listed first.");
        Assert.DoesNotContain(draft.Title, html);
        Assert.DoesNotContain(untagged.Title, html);
    }

    [Fact]
    public async Task The_tag_page_is_paginated_and_a_page_past_the_end_shows_the_last()
    {
        var tag = Unique.Word();
        var author = await host.CreateUserAsync();
        var titles = new List<string>();
        for (var i = 0; i < 11; i++)
            titles.Add((await host.CreatePostAsync(author, $"Post {i} {Unique.Word()}", PostStatus.Published, createdAt: Day.AddHours(i), tags: [tag])).Title);
        using var site = new SiteClient(host);

        var first = await site.GetHtmlAsync($"/tags/{tag}");
        Assert.Equal(10, titles.Count(first.Contains));
        Assert.DoesNotContain(titles[0], first);
        Assert.Contains("Page 1 of 2", first);
        Assert.Contains("href=\"?page=2\"", first);
        Assert.DoesNotContain("?page=0", first);

        foreach (var url in new[] { $"/tags/{tag}?page=2", $"/tags/{tag}?page=99" })
        {
            var last = await site.GetHtmlAsync(url);
            Assert.Equal(new[] { titles[0] }, titles.Where(last.Contains));
            Assert.Contains("Page 2 of 2", last);
            Assert.Contains("href=\"?page=1\"", last);
        }
    }

    [Fact]
    public async Task Tags_on_the_home_and_post_pages_link_to_their_tag_page()
    {
        var tag = Unique.Word();
        var author = await host.CreateUserAsync();
        var post = await host.CreatePostAsync(author, $"Tagged {Unique.Word()}", PostStatus.Published, createdAt: DateTime.UtcNow.AddYears(1), tags: [tag]);
        using var site = new SiteClient(host);

        Assert.Contains($"href=\"/tags/{tag}\"", await site.GetHtmlAsync("/"));
        Assert.Contains($"href=\"/tags/{tag}\"", await site.GetHtmlAsync($"/posts/{post.Slug}"));
        Assert.Contains(post.Title, await site.GetHtmlAsync($"/tags/{tag}"));
    }

    [Fact]
    public async Task A_tag_is_found_whatever_the_case_it_is_typed_in()
    {
        var tag = Unique.Word();
        var author = await host.CreateUserAsync();
        var post = await host.CreatePostAsync(author, $"Cased {Unique.Word()}", PostStatus.Published, tags: [tag]);
        using var site = new SiteClient(host);

        Assert.Contains(post.Title, await site.GetHtmlAsync($"/tags/{tag.ToUpperInvariant()}"));
    }

    [Fact]
    public async Task Unknown_draft_only_and_impossible_tags_get_the_404_page()
    {
        var draftTag = Unique.Word();
        var author = await host.CreateUserAsync();
        await host.CreatePostAsync(author, Unique.Word(), PostStatus.Draft, tags: [draftTag]);
        using var site = new SiteClient(host);

        foreach (var url in new[] { $"/tags/{Unique.Word()}", $"/tags/{draftTag}", "/tags/not%20a%20tag!", $"/tags/{new string('a', 31)}" })
            Assert.Contains("Page not found", await site.GetHtmlAsync(url, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task An_api_client_finds_no_tag_page()
    {
        var tag = Unique.Word();
        var author = await host.CreateUserAsync();
        await host.CreatePostAsync(author, Unique.Word(), PostStatus.Published, tags: [tag]);
        using var api = host.CreateApiClient();

        var page = await api.GetAsync($"/tags/{tag}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("application/problem+json", page.Content.Headers.ContentType?.MediaType);

        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete })
        {
            var other = await api.SendAsync(new HttpRequestMessage(method, $"/tags/{tag}"), Ct);
            Assert.True(HttpStatusCode.NotFound == other.StatusCode, $"{method} /tags/{{tag}}: expected 404, got {other.StatusCode}.");
        }

        var list = await api.GetAsync("/tags", Ct);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("application/json", list.Content.Headers.ContentType?.MediaType);
    }
}
