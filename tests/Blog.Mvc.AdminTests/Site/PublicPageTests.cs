using Blog.Domain.Posts;

namespace Blog.Mvc.AdminTests.Site;

public sealed class PublicPageTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Fact]
    public async Task Home_lists_published_posts_only_and_the_post_page_shows_its_comments()
    {
        var author = await host.CreateUserAsync();
        var published = await host.CreatePostAsync(author, Unique.Word(), PostStatus.Published, comments: 2, content: "Full <b>text</b>", tags: ["news"]);
        var draft = await host.CreatePostAsync(author, Unique.Word(), PostStatus.Draft);
        using var site = new SiteClient(host);

        var home = await site.GetHtmlAsync("/");
        Assert.Contains($"href=\"/posts/{published.Slug}\"", home);
        Assert.DoesNotContain(draft.Title, home);

        var page = await site.GetHtmlAsync($"/posts/{published.Slug}");
        Assert.Contains(published.Title, page);
        Assert.Contains("Full &lt;b&gt;text&lt;/b&gt;", page);
        Assert.Contains("2 comments", page);
        Assert.True(page.IndexOf("comment 1", StringComparison.Ordinal) is var first && first >= 0
            && first < page.IndexOf("comment 2", StringComparison.Ordinal), "The comments are not listed oldest first.");
    }

    [Fact]
    public async Task A_long_post_is_cut_to_an_excerpt_on_the_home_page()
    {
        var author = await host.CreateUserAsync();
        var content = new string('a', 279) + "😀" + "the rest";
        var post = await host.CreatePostAsync(author, Unique.Word(), PostStatus.Published, createdAt: DateTime.UtcNow.AddYears(1), content: content);
        using var site = new SiteClient(host);

        var home = WebUtility.HtmlDecode(await site.GetHtmlAsync("/"));

        Assert.Contains(post.Title, home);
        Assert.Contains($"<p>{new string('a', 279)}…</p>", home);
        Assert.DoesNotContain("the rest", home);
    }

    [Fact]
    public async Task Unknown_and_unpublished_slugs_get_the_404_page()
    {
        var author = await host.CreateUserAsync();
        var draft = await host.CreatePostAsync(author, Unique.Word(), PostStatus.Draft);
        using var site = new SiteClient(host);

        foreach (var url in new[] { $"/posts/{draft.Slug}", $"/posts/{Unique.Word()}" })
            Assert.Contains("Page not found", await site.GetHtmlAsync(url, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Post_pages_leave_the_api_routes_alone()
    {
        var author = await host.CreateUserAsync();
        var post = await host.CreatePostAsync(author, Unique.Word(), PostStatus.Published);
        using var api = host.CreateApiClient();

        var byId = await api.GetAsync($"/posts/{post.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal("application/json", byId.Content.Headers.ContentType?.MediaType);

        var apiSlug = await api.GetAsync($"/posts/{post.Slug}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, apiSlug.StatusCode);
        Assert.Equal("application/problem+json", apiSlug.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Public_pages_and_their_404_carry_the_security_headers()
    {
        var author = await host.CreateUserAsync();
        var published = await host.CreatePostAsync(author, Unique.Word(), PostStatus.Published, tags: ["headers"]);
        using var site = new SiteClient(host);

        foreach (var (url, status) in new[]
        {
            ("/", HttpStatusCode.OK),
            ($"/posts/{published.Slug}", HttpStatusCode.OK),
            ("/tags/headers", HttpStatusCode.OK),
            ($"/posts/{Unique.Word()}", HttpStatusCode.NotFound),
            ($"/tags/{Unique.Word()}", HttpStatusCode.NotFound),
        })
        {
            var response = await site.GetAsync(url);
            Assert.True(status == response.StatusCode, $"GET {url}: expected {status}, got {response.StatusCode}.");
            SecurityHeaderAssert.HasPageHeaders(response, url);
        }
    }

    [Theory]
    [InlineData("/static/site/site.css", "text/css")]
    [InlineData("/static/admin/admin.css", "text/css")]
    [InlineData("/static/admin/actions.js", "text/javascript")]
    public async Task Static_files_are_sent_with_nosniff(string url, string type)
    {
        using var site = new SiteClient(host);

        var response = await site.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
