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
        using var browser = host.CreateApiClient();

        var home = await HtmlAsync(browser, "/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains($"href=\"/posts/{published.Slug}\"", home.Html);
        Assert.DoesNotContain(draft.Title, home.Html);

        var page = await HtmlAsync(browser, $"/posts/{published.Slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(published.Title, page.Html);
        Assert.Contains("Full &lt;b&gt;text&lt;/b&gt;", page.Html);
        Assert.Contains("2 comments", page.Html);
        Assert.Contains("comment 2", page.Html);
    }

    [Fact]
    public async Task Unknown_and_unpublished_slugs_get_the_404_page()
    {
        var author = await host.CreateUserAsync();
        var draft = await host.CreatePostAsync(author, Unique.Word(), PostStatus.Draft);
        using var browser = host.CreateApiClient();

        foreach (var url in new[] { $"/posts/{draft.Slug}", $"/posts/{Unique.Word()}" })
        {
            var page = await HtmlAsync(browser, url);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.Contains("Page not found", page.Html);
        }
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
        var published = await host.CreatePostAsync(author, Unique.Word(), PostStatus.Published);
        using var browser = host.CreateApiClient();

        foreach (var (url, status) in new[]
        {
            ("/", HttpStatusCode.OK),
            ($"/posts/{published.Slug}", HttpStatusCode.OK),
            ($"/posts/{Unique.Word()}", HttpStatusCode.NotFound),
        })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("text/html");
            var response = await browser.SendAsync(request, Ct);
            Assert.True(status == response.StatusCode, $"GET {url}: expected {status}, got {response.StatusCode}.");
            SecurityHeaderAssert.HasPageHeaders(response, url);
        }
    }

    private static async Task<(HttpStatusCode Status, string Html)> HtmlAsync(HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
