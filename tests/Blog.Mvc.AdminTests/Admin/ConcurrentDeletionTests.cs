using Microsoft.EntityFrameworkCore;
using static Blog.Mvc.AdminTests.Support.AdminClient;

namespace Blog.Mvc.AdminTests.Admin;

/// <summary>
/// Rows deleted by someone else between an admin write's read and its statement: a bulk action logs only the objects
/// it changed, and a ticked inline row counts as deleted. On PostgreSQL only: SQLite has one writer at a time, so no
/// deletion can come in between there.
/// </summary>
public sealed class ConcurrentDeletionOnPostgres(PostgresAdminHost host) : IClassFixture<PostgresAdminHost>
{
    [Theory]
    [InlineData("publish", "UPDATE", "Successfully published 2 posts.")]
    [InlineData("delete_selected", "DELETE", "Successfully deleted 2 posts.")]
    public async Task Rows_deleted_meanwhile_are_neither_counted_nor_logged(string action, string statement, string message)
    {
        var client = await host.LoggedInClientAsync();
        var author = await host.CreateUserAsync();
        var posts = new[] { await host.CreatePostAsync(author, Unique.Word()), await host.CreatePostAsync(author, Unique.Word()),
            await host.CreatePostAsync(author, Unique.Word()) };
        var ids = posts.Select(p => p.Id.ToString()).ToList();
        var token = Token(await client.GetHtmlAsync("/admin/posts"));
        host.Hook.Once(sql => sql.StartsWith(statement, StringComparison.Ordinal) && sql.Contains("posts", StringComparison.Ordinal),
            () => host.QueryAsync(db => db.Posts.Where(p => p.Id == posts[1].Id).ExecuteDeleteAsync(Ct)));

        var done = await client.PostAsync("/admin/posts", [("action", action), .. ids.Select(id => ("selected", id)), ("confirmed", "true"),
            ("__RequestVerificationToken", token)]);

        Assert.Contains(message, await client.FollowAsync(done));
        var logged = await host.QueryAsync(db => db.AdminLog.Where(e => e.Model == "posts" && ids.Contains(e.ObjectId))
            .OrderBy(e => e.ObjectId).Select(e => e.ObjectId).ToListAsync(Ct));
        Assert.Equal(new[] { ids[0], ids[2] }.Order(StringComparer.Ordinal), logged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_ticked_inline_row_deleted_just_before_the_save_deletes_it_counts_as_deleted()
    {
        var client = await host.LoggedInClientAsync();
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word(), comments: 2);
        var comments = await host.QueryAsync(db => db.Comments.Where(c => c.PostId == post.Id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(Ct));
        var url = $"/admin/posts/{post.Id}/change";
        var page = await client.GetHtmlAsync(url);
        host.Hook.Once(sql => sql.Contains("DELETE FROM comments", StringComparison.Ordinal),
            () => host.QueryAsync(db => db.Comments.Where(c => c.Id == comments[0]).ExecuteDeleteAsync(Ct)));

        var newTitle = Unique.Word();
        var saved = await client.PostAsync(url, Field("title", newTitle), Field("content", "Some content."), Field("status", "draft"),
            ("comments-DELETE", comments[0].ToString()), ("__RequestVerificationToken", Token(page)));

        Assert.Contains("was changed successfully", await client.FollowAsync(saved));
        var after = await host.QueryAsync(db => db.Posts.Include(p => p.Comments).SingleAsync(p => p.Id == post.Id, Ct));
        Assert.Equal(newTitle, after.Title);
        Assert.Equal([comments[1]], after.Comments.Select(c => c.Id));
    }
}
