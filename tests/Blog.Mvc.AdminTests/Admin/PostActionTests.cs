using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class PostActionTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Theory]
    [InlineData("publish", PostStatus.Published)]
    [InlineData("archive", PostStatus.Archived)]
    public async Task A_status_action_asks_for_confirmation_then_changes_only_the_selected_posts(string action, PostStatus expected)
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync();
        var first = await host.CreatePostAsync(author, $"{word} first");
        var second = await host.CreatePostAsync(author, $"{word} second");
        var untouched = await host.CreatePostAsync(author, $"{word} untouched");
        var list = $"/admin/posts?q={word}";

        var confirm = await client.PostFormAsync(list, "/admin/posts",
            ("action", action), ("selected", first.Id.ToString()), ("selected", second.Id.ToString()), ("returnQuery", $"?q={word}"));

        var page = await confirm.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Are you sure?", page);
        Assert.Contains($"{word} first", page);
        Assert.DoesNotContain($"{word} untouched", page);
        Assert.Equal(PostStatus.Draft, await StatusAsync(first.Id));

        var done = await client.PostAsync("/admin/posts",
            ("action", action), ("selected", first.Id.ToString()), ("selected", second.Id.ToString()), ("confirmed", "true"),
            ("returnQuery", $"?q={word}"), ("__RequestVerificationToken", AdminClient.Token(page)));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(list, done.Headers.Location!.OriginalString);
        Assert.Equal(expected, await StatusAsync(first.Id));
        Assert.Equal(expected, await StatusAsync(second.Id));
        Assert.Equal(PostStatus.Draft, await StatusAsync(untouched.Id));
        Assert.Contains($"Successfully {action}", await client.GetHtmlAsync(list));
    }

    [Fact]
    public async Task Delete_action_lists_what_goes_and_removes_the_posts_with_their_comments()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync();
        var doomed = await host.CreatePostAsync(author, $"{word} doomed", comments: 2);
        var kept = await host.CreatePostAsync(author, $"{word} kept", comments: 1);

        var confirm = await client.PostFormAsync($"/admin/posts?q={word}", "/admin/posts", ("action", "delete"), ("selected", doomed.Id.ToString()));
        var page = await confirm.Content.ReadAsStringAsync(Ct);
        Assert.Contains("2 comment(s)", page);
        Assert.Contains("all of their comments will be deleted", page);
        Assert.True(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Id == doomed.Id, Ct)));

        var done = await client.PostAsync("/admin/posts", ("action", "delete"), ("selected", doomed.Id.ToString()),
            ("confirmed", "true"), ("__RequestVerificationToken", AdminClient.Token(page)));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.False(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Id == doomed.Id, Ct)));
        Assert.Equal(0, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == doomed.Id, Ct)));
        Assert.Equal(1, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == kept.Id, Ct)));
    }

    [Fact]
    public async Task An_action_without_a_selection_changes_nothing_and_says_so()
    {
        var client = await host.LoggedInClientAsync();

        var response = await client.PostFormAsync("/admin/posts", "/admin/posts", ("action", "delete"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Items must be selected", await client.GetHtmlAsync("/admin/posts"));
    }

    [Fact]
    public async Task The_delete_page_lists_the_comments_that_go_with_the_post()
    {
        var client = await host.LoggedInClientAsync();
        var author = await host.CreateUserAsync();
        var post = await host.CreatePostAsync(author, Unique.Word(), comments: 3);

        var page = await client.GetHtmlAsync($"/admin/posts/{post.Id}/delete");
        Assert.Contains("Comments: 3", page);
        Assert.Contains("comment 2", page);

        var response = await client.PostFormAsync($"/admin/posts/{post.Id}/delete", $"/admin/posts/{post.Id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Id == post.Id, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/admin/posts/{post.Id}/change", Ct)).StatusCode);
    }

    private Task<PostStatus> StatusAsync(int id) =>
        host.QueryAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.Status).SingleAsync(Ct));
}
