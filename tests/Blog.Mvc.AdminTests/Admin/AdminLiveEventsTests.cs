using Blog.ContractTests.Harness;
using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using static Blog.ContractTests.Support.HttpJson;
using static Blog.Mvc.AdminTests.Support.AdminClient;

namespace Blog.Mvc.AdminTests.Admin;

/// <summary>The admin's writes reach the hub's clients as the API's do: comment deletions (page, action, inline) and publishing.</summary>
public sealed class AdminLiveEventsTests(AdminHost host) : IClassFixture<AdminHost>
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Comments_deleted_in_the_admin_are_announced_to_the_posts_readers()
    {
        var client = await host.LoggedInClientAsync();
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word(), PostStatus.Published, comments: 4);
        var ids = await host.QueryAsync(db => db.Comments.Where(c => c.PostId == post.Id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(Ct));
        await using var reader = await LiveClient.ConnectAsync(host.Server, token: null);
        await reader.JoinAsync(post.Id);

        var confirm = await client.PostFormAsync("/admin/comments", "/admin/comments", ("action", "delete_selected"), ("selected", ids[0].ToString()));
        await client.PostAsync("/admin/comments", ("action", "delete_selected"), ("selected", ids[0].ToString()),
            ("confirmed", "true"), ("__RequestVerificationToken", Token(await confirm.Content.ReadAsStringAsync(Ct))));
        await reader.NextAsync("commentDeleted", c => c.Long("id") == ids[0] && c.Long("post_id") == post.Id, Soon);

        await client.SubmitAsync($"/admin/comments/{ids[1]}/delete");
        await reader.NextAsync("commentDeleted", c => c.Long("id") == ids[1], Soon);

        var form = await client.GetHtmlAsync($"/admin/posts/{post.Id}/change");
        Assert.Contains("comments-DELETE", form);
        await client.SubmitAsync($"/admin/posts/{post.Id}/change", Field("title", post.Title), Field("content", post.Content), Field("status", "published"),
            Field("tags", ""), ("comments-DELETE", ids[2].ToString()));
        await reader.NextAsync("commentDeleted", c => c.Long("id") == ids[2], Soon);
        Assert.Empty(reader.Drain());
        Assert.Equal([ids[3]], await host.QueryAsync(db => db.Comments.Where(c => c.PostId == post.Id).Select(c => c.Id).ToListAsync(Ct)));
    }

    [Fact]
    public async Task A_post_published_in_the_admin_is_announced_once_to_everyone()
    {
        var client = await host.LoggedInClientAsync();
        var author = await host.CreateUserAsync();
        var edited = await host.CreatePostAsync(author, $"{Unique.Word()} edited");
        var acted = await host.CreatePostAsync(author, $"{Unique.Word()} acted");
        await using var reader = await LiveClient.ConnectAsync(host.Server, token: null);

        await client.SubmitAsync($"/admin/posts/{edited.Id}/change", Field("title", edited.Title), Field("content", edited.Content), Field("status", "published"), Field("tags", ""));
        var published = await reader.NextAsync("postPublished", _ => true, Soon);
        Assert.Equal(edited.Id, published.Long("id"));
        Assert.Equal("published", published.Str("status"));

        var confirm = await client.PostFormAsync("/admin/posts", "/admin/posts",
            ("action", "publish"), ("selected", acted.Id.ToString()), ("selected", edited.Id.ToString()));
        await client.PostAsync("/admin/posts", ("action", "publish"), ("selected", acted.Id.ToString()), ("selected", edited.Id.ToString()),
            ("confirmed", "true"), ("__RequestVerificationToken", Token(await confirm.Content.ReadAsStringAsync(Ct))));
        Assert.Equal(acted.Id, (await reader.NextAsync("postPublished", _ => true, Soon)).Long("id"));
        Assert.Empty(reader.Drain());
    }
}
