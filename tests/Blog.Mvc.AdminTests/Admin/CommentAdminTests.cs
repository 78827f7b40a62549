using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using static Blog.Mvc.AdminTests.Support.AdminClient;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class CommentAdminOnSqlite(AdminHost host) : CommentAdminTests(host), IClassFixture<AdminHost>;

public sealed class CommentAdminOnPostgres(PostgresAdminHost host) : CommentAdminTests(host), IClassFixture<PostgresAdminHost>;

/// <summary>The comment registration: its own change list (post, author, created), search in the content, edit and delete.</summary>
public abstract class CommentAdminTests(AdminHost host)
{
    [Fact]
    public async Task The_list_shows_post_author_and_date_searches_the_content_and_filters_by_author()
    {
        var client = await host.LoggedInClientAsync();
        var word = Unique.Word();
        var author = await host.CreateUserAsync();
        var post = await host.CreatePostAsync(author, $"Post {word}", comments: 2, createdAt: new DateTime(2024, 2, 3, 4, 5, 0, DateTimeKind.Utc));
        await SetContentAsync(post.Id, $"first {word}", $"second {word}");
        await host.CreatePostAsync(author, "Other post", comments: 1);

        var html = await client.GetHtmlAsync($"/admin/comments?q={word}");

        Assert.Contains("2 results", html);
        Assert.Contains($"first {word}", html);
        Assert.Contains($"Post {word}", html);
        Assert.Contains(author.Username, html);
        Assert.Contains("2024-02-03 04:06", html);
        Assert.Contains($"{author.Username} <span class=\"count\">(2)</span>", html);
        Assert.DoesNotContain("Add comment", html);
        Assert.Contains("Delete selected comments", html);
        var sorted = await client.GetHtmlAsync($"/admin/comments?q={word}&o=created");
        Assert.True(sorted.IndexOf($"first {word}", StringComparison.Ordinal) < sorted.IndexOf($"second {word}", StringComparison.Ordinal));
        var reversed = await client.GetHtmlAsync($"/admin/comments?q={word}&o=-created");
        Assert.True(reversed.IndexOf($"second {word}", StringComparison.Ordinal) < reversed.IndexOf($"first {word}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_comment_is_edited_with_the_shared_rule_and_cannot_be_added_here()
    {
        var client = await host.LoggedInClientAsync();
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word(), comments: 1);
        var id = await host.QueryAsync(db => db.Comments.Where(c => c.PostId == post.Id).Select(c => c.Id).SingleAsync(Ct));
        var url = $"/admin/comments/{id}/change";

        var page = await client.GetHtmlAsync(url);
        Assert.Contains(post.Title, page);
        var blank = await client.SubmitAsync(url, Field("content", "  "));
        Assert.Contains("This field is required.", await blank.Content.ReadAsStringAsync(Ct));
        var edited = await client.SubmitAsync(url, Field("content", "Edited by staff"));

        Assert.Contains("was changed successfully", await client.FollowAsync(edited));
        Assert.Equal("Edited by staff", await host.QueryAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.Content).SingleAsync(Ct)));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/admin/comments/add", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_delete_action_and_the_delete_page_remove_comments_and_leave_their_post()
    {
        var client = await host.LoggedInClientAsync();
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word(), PostStatus.Published, comments: 3);
        var ids = await host.QueryAsync(db => db.Comments.Where(c => c.PostId == post.Id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(Ct));

        var confirm = await client.PostFormAsync("/admin/comments", "/admin/comments",
            ("action", "delete_selected"), ("selected", ids[0].ToString()), ("selected", ids[1].ToString()));
        var page = await confirm.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Comments: 2", page);
        var done = await client.PostAsync("/admin/comments", ("action", "delete_selected"), ("selected", ids[0].ToString()), ("selected", ids[1].ToString()),
            ("confirmed", "true"), ("__RequestVerificationToken", Token(page)));
        Assert.Contains("Successfully deleted 2 comments.", await client.FollowAsync(done));

        Assert.Contains("Are you sure?", await client.GetHtmlAsync($"/admin/comments/{ids[2]}/delete"));
        var deleted = await client.SubmitAsync($"/admin/comments/{ids[2]}/delete");
        Assert.Contains("was deleted successfully", await client.FollowAsync(deleted));

        Assert.Equal(0, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Ct)));
        Assert.True(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Id == post.Id, Ct)));
        Assert.Equal(3, await host.QueryAsync(db => db.AdminLog.CountAsync(e => e.Model == "comments" && e.Action == Blog.Data.AdminLog.LogAction.Deletion
            && (e.ObjectId == ids[0].ToString() || e.ObjectId == ids[1].ToString() || e.ObjectId == ids[2].ToString()), Ct)));
    }

    private Task<int> SetContentAsync(int postId, params string[] contents) => host.QueryAsync(async db =>
    {
        var comments = await db.Comments.Where(c => c.PostId == postId).OrderBy(c => c.Id).ToListAsync(Ct);
        for (var i = 0; i < contents.Length; i++) comments[i].Content = contents[i];
        return await db.SaveChangesAsync(Ct);
    });
}
