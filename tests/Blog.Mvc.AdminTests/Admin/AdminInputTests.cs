using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Admin.Posts;

namespace Blog.Mvc.AdminTests.Admin;

/// <summary>Odd input the admin pages must survive: a NUL in a search, a doubled '-' order, a broken return query, stale ids, a non-boolean flag.</summary>
public sealed class AdminInputTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Fact]
    public async Task A_post_search_with_a_nul_character_matches_nothing()
    {
        using var client = await host.LoggedInClientAsync();
        var word = Unique.Word();
        await host.CreatePostAsync(await host.CreateUserAsync(), $"{word} post");

        var html = await client.GetHtmlAsync($"/admin/posts?q={word}%00");

        Assert.DoesNotContain($"{word} post", html);
        Assert.Contains("0 results", html);
    }

    [Fact]
    public async Task A_user_search_with_a_nul_character_matches_nothing()
    {
        using var client = await host.LoggedInClientAsync();
        var user = await host.CreateUserAsync(Unique.Name("nul"));

        var html = await client.GetHtmlAsync($"/admin/users?q={user.Username[..^2]}%00");

        Assert.DoesNotContain(user.Username, html);
    }

    [Fact]
    public async Task An_order_with_two_leading_dashes_falls_back_to_the_default()
    {
        using var client = await host.LoggedInClientAsync();

        Assert.Equal(PostAdmin.DefaultOrder, PostFilters.From(null, null, null, null, null, "--title", null).Order);
        Assert.Equal("-title", PostFilters.From(null, null, null, null, null, "-title", null).Order);
        var html = await client.GetHtmlAsync("/admin/posts?o=--title");

        Assert.DoesNotContain("o=--title", html);
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
        Assert.Equal("/admin/posts", response.Headers.Location!.OriginalString);
        Assert.Equal(PostStatus.Published, await host.QueryAsync(db => db.Posts.Where(p => p.Id == post.Id).Select(p => p.Status).SingleAsync(Ct)));
    }

    [Theory]
    [InlineData("/admin/posts", "publish", false)]
    [InlineData("/admin/posts", "delete", true)]
    [InlineData("/admin/users", "deactivate", false)]
    [InlineData("/admin/users", "activate", true)]
    public async Task A_bulk_action_on_ids_that_no_longer_exist_changes_nothing_and_says_so(string list, string action, bool confirmed)
    {
        using var client = await host.LoggedInClientAsync();
        var token = AdminClient.Token(await client.GetHtmlAsync(list));

        var response = await client.PostAsync(list, ("action", action), ("selected", "987654321"),
            ("confirmed", confirmed ? "true" : "false"), ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(list, response.Headers.Location!.OriginalString);
        var page = await client.GetHtmlAsync(list);
        Assert.Contains("No items found", page);
        Assert.DoesNotContain("Successfully", page);
    }

    [Fact]
    public async Task A_user_form_with_a_flag_that_is_not_a_boolean_saves_nothing()
    {
        using var client = await host.LoggedInClientAsync();
        var user = await host.CreateUserAsync();
        var url = $"/admin/users/{user.Id}/change";

        var response = await client.PostFormAsync(url, url, ("IsActive", "maybe"), ("IsStaff", "true"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Please correct the errors below", await response.Content.ReadAsStringAsync(Ct));
        var saved = await host.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => new { u.IsActive, u.IsStaff }).SingleAsync(Ct));
        Assert.True(saved.IsActive);
        Assert.False(saved.IsStaff);
    }
}
