using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Blog.ContractTests.Specs;

/// <summary>
/// docs/contract.md, "Live updates: the hub /hubs/posts", with SignalR's .NET client over WebSockets (the access token
/// in the query, as browsers send it): who may join, what each event carries, and when a connection is closed.
/// </summary>
public abstract class HubSpecs(ILiveBlogHost host) : ContractSpec(host)
{
    /// <summary>The issue's "within a second", from the write's answer to the event.</summary>
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(1);

    private Task<LiveClient> ConnectAsync(string? token = null, HttpTransportType transport = HttpTransportType.WebSockets)
    {
        RequireInProcess("A SignalR client of the test server");
        return LiveClient.ConnectAsync(host.Server(0), token, transport);
    }

    [Fact]
    public async Task An_anonymous_reader_receives_a_comment_posted_by_another_user_as_the_API_answered_it()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(author);
        await using var reader = await ConnectAsync();
        await reader.JoinAsync(post.Long("id"));

        var comment = await Api.CreateCommentAsync(commenter, post.Long("id"));

        var received = await reader.NextAsync("commentCreated", c => c.Long("id") == comment.Long("id"), Soon);
        Assert.True(JsonNode.DeepEquals(comment, received), $"the API answered {comment.ToJsonString()}, the hub sent {received.ToJsonString()}");
    }

    [Fact]
    public async Task A_deleted_comment_is_announced_with_its_id_and_post_id()
    {
        var author = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(author);
        var comment = await Api.CreateCommentAsync(await Api.NewUserAsync(), post.Long("id"));
        await using var reader = await ConnectAsync();
        await reader.JoinAsync(post.Long("id"));

        // The post's author may delete anyone's comment on it.
        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"/posts/{post.Long("id")}/comments/{comment.Long("id")}", author.AccessToken)).StatusCode);

        var deleted = await reader.NextAsync("commentDeleted", c => c.Long("id") == comment.Long("id"), Soon);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["id"] = comment.Long("id"), ["post_id"] = post.Long("id") }, deleted), deleted.ToJsonString());
    }

    [Fact]
    public async Task Only_the_joined_posts_comments_arrive_and_leaving_stops_them()
    {
        var author = await Api.NewUserAsync();
        var joined = await Api.CreatePostAsync(author);
        var other = await Api.CreatePostAsync(author);
        await using var reader = await ConnectAsync();
        await reader.JoinAsync(joined.Long("id"));
        await reader.JoinAsync(joined.Long("id"));

        var elsewhere = await Api.CreateCommentAsync(author, other.Long("id"));
        var first = await Api.CreateCommentAsync(author, joined.Long("id"));
        var received = await reader.NextAsync("commentCreated", _ => true, Soon);
        Assert.Equal(first.Long("id"), received.Long("id"));
        Assert.NotEqual(elsewhere.Long("id"), received.Long("id"));

        await reader.LeaveAsync(joined.Long("id"));
        await Api.CreateCommentAsync(author, joined.Long("id"));
        // A marker on a post joined later: had the comment after leaving arrived, it would have come before it.
        var marker = await Api.CreatePostAsync(author);
        await reader.JoinAsync(marker.Long("id"));
        var markerComment = await Api.CreateCommentAsync(author, marker.Long("id"));
        Assert.Equal(markerComment.Long("id"), (await reader.NextAsync("commentCreated", _ => true, Soon)).Long("id"));
        Assert.Empty(reader.Drain());
    }

    [Fact]
    public async Task A_post_that_becomes_published_reaches_every_connection_as_an_anonymous_read_shows_it()
    {
        var author = await Api.NewUserAsync();
        await using var anonymous = await ConnectAsync();
        await using var signedIn = await ConnectAsync((await Api.NewUserAsync()).AccessToken);

        var created = await Api.CreatePostAsync(author, status: "published");
        foreach (var client in new[] { anonymous, signedIn })
        {
            var published = await client.NextAsync("postPublished", p => p.Long("id") == created.Long("id"), Soon);
            Assert.True(JsonNode.DeepEquals(await Api.GetPostAsync(created.Long("id")), published), published.ToJsonString());
        }

        // A draft is not announced, nor is an edit of a post already published; a draft made published is.
        var draft = await Api.CreatePostAsync(author, status: "draft");
        await (await Api.PatchAsync($"/posts/{created.Long("id")}", new { title = "Edited " + Unique.Id() }, author.AccessToken)).ExpectObjectAsync();
        var patched = await (await Api.PatchAsync($"/posts/{draft.Long("id")}", new { status = "published" }, author.AccessToken)).ExpectObjectAsync();
        var next = await anonymous.NextAsync("postPublished", _ => true, Soon);
        Assert.True(JsonNode.DeepEquals(patched, next), $"expected the draft made published, got {next.ToJsonString()}");

        var replaced = await Api.CreatePostAsync(author, status: "draft");
        var put = await (await Api.PutAsync($"/posts/{replaced.Long("id")}", new { title = "Put " + Unique.Id(), content = "Now public.", status = "published" }, author.AccessToken))
            .ExpectObjectAsync();
        Assert.True(JsonNode.DeepEquals(put, await anonymous.NextAsync("postPublished", _ => true, Soon)));
        Assert.Empty(anonymous.Drain());
    }

    [Fact]
    public async Task Joining_another_users_draft_or_a_missing_post_fails_with_the_same_words()
    {
        var author = await Api.NewUserAsync();
        var draft = await Api.CreatePostAsync(author, status: "draft");
        var archived = await Api.CreatePostAsync(author, status: "archived");
        await using var anonymous = await ConnectAsync();
        await using var stranger = await ConnectAsync((await Api.NewUserAsync()).AccessToken);

        foreach (var (client, postId) in new[] { (anonymous, draft.Long("id")), (stranger, draft.Long("id")), (stranger, archived.Long("id")), (stranger, 2_000_000_000L) })
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => client.JoinAsync(postId));
            Assert.EndsWith("Post not found.", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_author_may_join_their_draft_and_only_they_receive_the_comments_of_a_post_made_a_draft_again()
    {
        var author = await Api.NewUserAsync();
        var draft = await Api.CreatePostAsync(author, status: "draft");
        await using var owner = await ConnectAsync(author.AccessToken);
        await owner.JoinAsync(draft.Long("id"));
        var own = await Api.CreateCommentAsync(author, draft.Long("id"));
        Assert.Equal(own.Long("id"), (await owner.NextAsync("commentCreated", _ => true, Soon)).Long("id"));

        var post = await Api.CreatePostAsync(author);
        await using var reader = await ConnectAsync();
        await reader.JoinAsync(post.Long("id"));
        await owner.JoinAsync(post.Long("id"));
        await (await Api.PatchAsync($"/posts/{post.Long("id")}", new { status = "draft" }, author.AccessToken)).ExpectObjectAsync();
        var hidden = await Api.CreateCommentAsync(author, post.Long("id"));
        Assert.Equal(hidden.Long("id"), (await owner.NextAsync("commentCreated", _ => true, Soon)).Long("id"));

        // Published again: the reader, still joined, receives its comments again, and the hidden one never came.
        await (await Api.PatchAsync($"/posts/{post.Long("id")}", new { status = "published" }, author.AccessToken)).ExpectObjectAsync();
        var visible = await Api.CreateCommentAsync(await Api.NewUserAsync(), post.Long("id"));
        Assert.Equal(visible.Long("id"), (await reader.NextAsync("commentCreated", _ => true, Soon)).Long("id"));
        Assert.Empty(reader.Drain());
    }

    [Fact]
    public async Task A_bad_token_is_refused_401_at_negotiate()
    {
        var user = await Api.NewUserAsync();
        foreach (var token in new[] { "not-a-jwt", user.RefreshToken, user.AccessToken[..^4] + "AAAA", "" })
        {
            var refused = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync(token));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
    }

    [Fact]
    public async Task An_API_key_is_refused_401_at_negotiate_though_the_API_accepts_it()
    {
        RequireInProcess("A request to the test server's hub");
        var user = await Api.NewUserAsync();
        var key = (await (await Api.PostAsync("/users/me/api-keys", new { name = "hub", scope = "read" }, user.AccessToken))
            .ExpectObjectAsync(HttpStatusCode.Created)).Str("key");
        using var hub = host.Server(0).CreateClient();
        foreach (var path in new[] { "/users/me", "/hubs/posts/negotiate?negotiateVersion=1" })
        {
            using var request = new HttpRequestMessage(path.StartsWith("/hubs", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
            var response = await hub.SendAsync(request);
            Assert.Equal(path.StartsWith("/hubs", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized : HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_query_token_authenticates_over_Server_Sent_Events_and_long_polling_too()
    {
        var author = await Api.NewUserAsync();
        var draft = await Api.CreatePostAsync(author, status: "draft");
        foreach (var transport in new[] { HttpTransportType.ServerSentEvents, HttpTransportType.LongPolling })
        {
            await using var owner = await ConnectAsync(author.AccessToken, transport);
            await owner.JoinAsync(draft.Long("id"));
            var comment = await Api.CreateCommentAsync(author, draft.Long("id"));
            Assert.Equal(comment.Long("id"), (await owner.NextAsync("commentCreated", _ => true, TimeSpan.FromSeconds(5))).Long("id"));
        }
    }

    [Fact]
    public async Task A_deactivated_users_connection_is_closed_within_five_seconds()
    {
        var user = await Api.NewUserAsync();
        await using var client = await ConnectAsync(user.AccessToken);
        await using var anonymous = await ConnectAsync();

        var id = checked((int)user.Id);
        Assert.Equal(1, await WithDatabaseAsync("Deactivating a user", db =>
            db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false))));

        var waited = System.Diagnostics.Stopwatch.StartNew();
        var closed = await Task.WhenAny(client.Closed, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.True(closed == client.Closed, $"still connected after {waited.ElapsedMilliseconds} ms");
        Assert.False(anonymous.Closed.IsCompleted, "an anonymous connection stays");
    }
}
