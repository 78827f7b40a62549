using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Blog.Domain.Posts;
using static Blog.Mvc.AdminTests.Support.AdminClient;

namespace Blog.Mvc.AdminTests.Site;

/// <summary>
/// docs/contract.md, "The cache": the home page's first page is cached, and every write that changes it — through the
/// API, the admin or the site's comment form — is on it at once.
/// </summary>
public sealed class HomePageCacheTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Fact]
    public async Task A_second_visit_runs_no_statement_and_shows_the_same_page()
    {
        await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word(), PostStatus.Published);
        using var site = new SiteClient(host);
        var first = await site.GetHtmlAsync("/");

        host.Statements.Reset();
        var second = await site.GetHtmlAsync("/");

        Assert.Equal(0, host.Statements.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_post_published_through_the_api_appears_at_once()
    {
        var author = await host.CreateUserAsync();
        using var site = new SiteClient(host);
        await site.GetHtmlAsync("/");
        using var api = host.CreateApiClient();
        var login = await api.PostAsJsonAsync("/auth/login", new { username = author.Username, password = AdminHost.Password }, Ct);
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("access_token").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var title = Unique.Word();

        var created = await api.PostAsJsonAsync("/posts", new { title, content = "Just out.", status = "published" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Contains(title, await site.GetHtmlAsync("/"));
    }

    [Fact]
    public async Task A_post_the_admin_makes_a_draft_leaves_the_home_page_at_once()
    {
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word(), PostStatus.Published, createdAt: DateTime.UtcNow.AddYears(2));
        using var site = new SiteClient(host);
        Assert.Contains(post.Title, await site.GetHtmlAsync("/"));
        using var admin = await host.LoggedInClientAsync();
        var url = $"/admin/posts/{post.Id}/change";

        var saved = await admin.SubmitAsync(url, Field("title", post.Title), Field("content", post.Content), Field("status", "draft"), Field("tags", ""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.DoesNotContain(post.Title, await site.GetHtmlAsync("/"));
    }

    [Fact]
    public async Task A_comment_posted_with_the_form_is_counted_on_the_home_page_at_once()
    {
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word(), PostStatus.Published, createdAt: DateTime.UtcNow.AddYears(3));
        using var site = new SiteClient(host);
        await site.LoginOkAsync((await host.CreateUserAsync()).Username);
        Assert.Contains("· 0 comments</p>", Summary(await site.GetHtmlAsync("/"), post.Title));
        var url = $"/posts/{post.Slug}";

        var response = await site.PostFormAsync(url, url, ("Form.Content", "First!"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Contains("· 1 comment</p>", Summary(await site.GetHtmlAsync("/"), post.Title));
    }

    /// <summary>The post's summary on a list page: from its title to the end of its article.</summary>
    private static string Summary(string html, string title)
    {
        var start = html.IndexOf(title, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{title} is not on the page");
        return html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)];
    }
}
