using Microsoft.EntityFrameworkCore;
using static Blog.Mvc.AdminTests.Support.AdminClient;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class AdminLogOnSqlite(AdminHost host) : AdminLogTests(host), IClassFixture<AdminHost>;

public sealed class AdminLogOnPostgres(PostgresAdminHost host) : AdminLogTests(host), IClassFixture<PostgresAdminHost>;

/// <summary>The admin log: the index's "Recent actions" (the user's own) and each object's history page.</summary>
public abstract class AdminLogTests(AdminHost host)
{
    [Fact]
    public async Task The_history_page_lists_who_added_and_changed_the_object_oldest_first()
    {
        var staff = await host.CreateUserAsync(staff: true, superuser: true);
        using var client = host.CreateAdminClient();
        await client.LoginOkAsync(staff.Username);
        var title = Unique.Word();
        var added = await client.SubmitAsync("/admin/posts/add", Field("title", title), Field("content", "Body"), Field("status", "draft"), ("save", "continue"));
        var change = added.Headers.Location!.OriginalString;
        await client.SubmitAsync(change, Field("title", title), Field("content", "Body"), Field("status", "published"));
        await client.SubmitAsync(change, Field("title", title), Field("content", "Body"), Field("status", "published"));

        var history = WebUtility.HtmlDecode(await client.GetHtmlAsync(change.Replace("/change", "/history")));

        Assert.Contains($"Change history: {title}", history);
        var (addedAt, changedAt, unchangedAt) = (history.IndexOf("Added.", StringComparison.Ordinal),
            history.IndexOf("Changed Status.", StringComparison.Ordinal), history.IndexOf("No fields changed.", StringComparison.Ordinal));
        Assert.True(addedAt >= 0 && addedAt < changedAt && changedAt < unchangedAt, "added, then changed status, then saved unchanged");
        Assert.Contains(staff.Username, history);
    }

    [Fact]
    public async Task The_index_shows_the_users_own_recent_actions_deletions_unlinked()
    {
        var client = await host.LoggedInClientAsync();
        var other = await host.LoggedInClientAsync();
        var kept = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word());
        var doomed = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word());
        var elsewhere = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word());
        await client.SubmitAsync($"/admin/posts/{kept.Id}/change", Field("title", kept.Title), Field("content", "changed"), Field("status", "draft"));
        await client.SubmitAsync($"/admin/posts/{doomed.Id}/delete");
        await other.SubmitAsync($"/admin/posts/{elsewhere.Id}/delete");

        var index = await client.GetHtmlAsync("/admin");

        Assert.Contains("Recent actions", index);
        Assert.Contains($"<a href=\"/admin/posts/{kept.Id}/change\">{kept.Title}</a>", index);
        Assert.Contains(doomed.Title, index);
        Assert.DoesNotContain($"/admin/posts/{doomed.Id}/change", index);
        Assert.DoesNotContain(elsewhere.Title, index);
    }

    [Fact]
    public async Task An_object_without_entries_says_so_and_a_missing_one_is_404()
    {
        var client = await host.LoggedInClientAsync();
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word());

        Assert.Contains("doesn’t have a change history", WebUtility.HtmlDecode(await client.GetHtmlAsync($"/admin/posts/{post.Id}/history")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/admin/posts/987654321/history", Ct)).StatusCode);
        Assert.False(await host.QueryAsync(db => db.AdminLog.AnyAsync(e => e.ObjectId == post.Id.ToString() && e.Model == "posts", Ct)));
    }
}
