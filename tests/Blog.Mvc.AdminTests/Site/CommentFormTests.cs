using Blog.Domain.Posts;
using Blog.Domain.Rules;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Blog.Mvc.AdminTests.Site;

/// <summary>The comment form of a post page: for logged-in readers, with CSRF, the shared rules, and post/redirect/get.</summary>
public sealed class CommentFormTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Fact]
    public async Task A_logged_in_reader_gets_the_form_and_an_anonymous_one_a_login_link()
    {
        var post = await PublishedPostAsync();
        var url = $"/posts/{post.Slug}";
        using var site = new SiteClient(host);

        var anonymous = await site.GetHtmlAsync(url);
        Assert.DoesNotContain("<textarea", anonymous);
        Assert.Contains($"href=\"/accounts/login?next={Uri.EscapeDataString(url + "#comment-form")}\"", anonymous);

        await site.LoginOkAsync((await host.CreateUserAsync()).Username);
        var reader = await site.GetHtmlAsync(url);
        Assert.Contains($"action=\"{url}#comment-form\"", reader);
        Assert.Contains("<textarea", reader);
        Assert.Contains($"maxlength=\"{Limits.CommentMax}\"", reader);
        SiteClient.Token(reader);
    }

    [Fact]
    public async Task A_comment_posted_with_its_token_is_saved_and_shown_last_after_a_redirect()
    {
        var post = await PublishedPostAsync(comments: 2);
        var reader = await host.CreateUserAsync();
        var url = $"/posts/{post.Slug}";
        using var site = new SiteClient(host);
        await site.LoginOkAsync(reader.Username);
        var text = $"Well said {Unique.Word()}.\nSecond line <script>alert(1)</script>";

        var response = await site.PostFormAsync(url, url, ("Form.Content", text));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await host.QueryAsync(db => db.Comments.SingleAsync(c => c.PostId == post.Id && c.AuthorId == reader.Id, Ct));
        Assert.Equal(text, saved.Content);
        Assert.Equal($"{url}#comment-{saved.Id}", response.Headers.Location?.OriginalString);
        var page = await site.GetHtmlAsync(url);
        Assert.Contains("3 comments", page);
        Assert.Contains($"id=\"comment-{saved.Id}\"", page);
        Assert.Contains("Second line &lt;script&gt;", page);
        Assert.True(page.IndexOf("comment 2", StringComparison.Ordinal) < page.IndexOf($"id=\"comment-{saved.Id}\"", StringComparison.Ordinal),
            "The new comment is not listed last.");
    }

    [Fact]
    public async Task A_comment_without_a_valid_csrf_token_is_refused()
    {
        var post = await PublishedPostAsync();
        var reader = await host.CreateUserAsync();
        var url = $"/posts/{post.Slug}";
        using var site = new SiteClient(host);
        await site.LoginOkAsync(reader.Username);

        var missing = await site.PostAsync(url, ("Form.Content", "No token."));
        var forged = await site.PostAsync(url, ("Form.Content", "Forged token."), ("__RequestVerificationToken", "forged"));

        foreach (var refused in new[] { missing, forged })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("CSRF verification failed", await refused.Content.ReadAsStringAsync(Ct));
        }
        SecurityHeaderAssert.HasPageHeaders(missing, "the refused comment");
        Assert.Equal(0, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Ct)));
    }

    public static TheoryData<string?, string> BrokenComments => new()
    {
        { null, FieldRules.Required },
        { "", FieldMessages.NotEmpty },
        { "   \n ", FieldMessages.NotBlank },
        { new string('x', Limits.CommentMax + 1), FieldMessages.AtMost(Limits.CommentMax) },
    };

    [Theory]
    [MemberData(nameof(BrokenComments))]
    public async Task A_broken_comment_shows_the_page_again_with_its_error_and_saves_nothing(string? content, string error)
    {
        var post = await PublishedPostAsync(comments: 1);
        var url = $"/posts/{post.Slug}";
        using var site = new SiteClient(host);
        await site.LoginOkAsync((await host.CreateUserAsync()).Username);

        var response = await site.PostFormAsync(url, url, content is null ? [] : [("Form.Content", content)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains($">{error}</span>", html);
        Assert.Contains("input-validation-error", html);
        Assert.Contains(post.Title, html);
        Assert.Contains("comment 1", html);
        SiteClient.Token(html);
        Assert.Equal(1, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Ct)));
    }

    [Fact]
    public async Task The_form_keeps_what_the_reader_typed_when_it_has_an_error()
    {
        var post = await PublishedPostAsync();
        var url = $"/posts/{post.Slug}";
        using var site = new SiteClient(host);
        await site.LoginOkAsync((await host.CreateUserAsync()).Username);
        var typed = Unique.Word() + new string('x', Limits.CommentMax);

        var html = await (await site.PostFormAsync(url, url, ("Form.Content", typed))).Content.ReadAsStringAsync(Ct);

        Assert.Contains(typed + "</textarea>", html);
    }

    [Fact]
    public async Task An_anonymous_comment_is_sent_to_the_login_page_and_not_saved()
    {
        var post = await PublishedPostAsync();
        var url = $"/posts/{post.Slug}";
        using var site = new SiteClient(host);

        var response = await site.PostFormAsync("/accounts/login", url, ("Form.Content", "Anonymous."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/accounts/login?next={Uri.EscapeDataString(url)}", response.Headers.Location?.PathAndQuery);
        SecurityHeaderAssert.HasPageHeaders(response, "the redirect to the login page");
        Assert.Equal(0, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Ct)));
    }

    [Fact]
    public async Task An_api_bearer_token_gets_no_form_and_cannot_comment()
    {
        var post = await PublishedPostAsync();
        var url = $"/posts/{post.Slug}";
        using var site = new SiteClient(host);
        await site.UseBearerTokenOfAsync((await host.CreateUserAsync()).Username);

        Assert.DoesNotContain("<textarea", await site.GetHtmlAsync(url));
        var response = await site.PostFormAsync("/accounts/login", url, ("Form.Content", "By token."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/accounts/login", response.Headers.Location?.PathAndQuery);
        Assert.Equal(0, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Ct)));
    }

    [Theory]
    [InlineData("Fine words.")]
    [InlineData("")]
    public async Task A_draft_or_unknown_post_takes_no_comment_and_is_not_shown(string content)
    {
        var author = await host.CreateUserAsync();
        var draft = await host.CreatePostAsync(author, $"Secret {Unique.Word()}", PostStatus.Draft, content: "Draft body.");
        using var site = new SiteClient(host);
        await site.LoginOkAsync(author.Username);

        foreach (var url in new[] { $"/posts/{draft.Slug}", $"/posts/{Unique.Word()}" })
        {
            var response = await site.PostFormAsync("/", url, ("Form.Content", content));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains("Page not found", html);
            Assert.DoesNotContain(draft.Title, html);
        }
        Assert.Equal(0, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == draft.Id, Ct)));
    }

    [Fact]
    public async Task A_comment_on_a_post_deleted_while_it_is_saved_gets_the_sites_404_page()
    {
        var post = await PublishedPostAsync();
        var url = $"/posts/{post.Slug}";
        using var site = new SiteClient(host);
        await site.LoginOkAsync((await host.CreateUserAsync()).Username);
        var page = await site.GetHtmlAsync(url);
        // The post goes as this comment's insert begins, after the action has found it: a simultaneous delete
        // (SQLite's trigger syntax; the failed insert rolls the delete back with it).
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER delete_post_meanwhile BEFORE INSERT ON comments WHEN NEW.content = 'Too late.' BEGIN DELETE FROM posts WHERE id = NEW.post_id; END", Ct));
        try
        {
            var response = await site.PostAsync(url, ("Form.Content", "Too late."), ("__RequestVerificationToken", SiteClient.Token(page)));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(Ct));
            SecurityHeaderAssert.HasPageHeaders(response, "the comment on a deleted post");
        }
        finally
        {
            await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER delete_post_meanwhile", Ct));
        }
        Assert.Equal(0, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Ct)));
    }

    [Fact]
    public async Task A_form_with_a_nul_character_cannot_be_read_and_saves_nothing()
    {
        var post = await PublishedPostAsync();
        var url = $"/posts/{post.Slug}";
        using var site = new SiteClient(host);
        await site.LoginOkAsync((await host.CreateUserAsync()).Username);

        var response = await site.PostFormAsync(url, url, ("Form.Content", "a\0b"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not\n    be read", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Ct)));
    }

    [Fact]
    public async Task An_api_client_sees_the_api_alone_around_the_post_pages()
    {
        var post = await PublishedPostAsync();
        using var api = new SiteClient(host);
        api.Http.DefaultRequestHeaders.Accept.Clear();
        await api.UseBearerTokenOfAsync((await host.CreateUserAsync()).Username);

        foreach (var (response, status) in new[]
        {
            (await api.PostAsync($"/posts/{post.Id}", ("Form.Content", "x")), HttpStatusCode.MethodNotAllowed),
            (await api.PostAsync($"/posts/{post.Slug}", ("Form.Content", "x")), HttpStatusCode.MethodNotAllowed),
            (await api.PostAsync($"/posts/{post.Id}/comments", ("content", "x")), HttpStatusCode.UnsupportedMediaType),
            (await api.GetAsync($"/posts/{post.Slug}"), HttpStatusCode.NotFound),
            (await api.GetAsync("/"), HttpStatusCode.NotFound),
            (await api.GetAsync("/accounts/login"), HttpStatusCode.NotFound),
        })
        {
            Assert.True(status == response.StatusCode, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: expected {status}, got {response.StatusCode}.");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var created = await api.Http.PostAsync($"/posts/{post.Id}/comments", JsonContent.Create(new { content = "By the API." }), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    /// <summary>Written a day ago, so that its comments (a minute apart from then) are older than any new one.</summary>
    private async Task<Post> PublishedPostAsync(int comments = 0) =>
        await host.CreatePostAsync(await host.CreateUserAsync(), $"Discussed {Unique.Word()}", PostStatus.Published,
            createdAt: DateTime.UtcNow.AddDays(-1), comments: comments);
}
