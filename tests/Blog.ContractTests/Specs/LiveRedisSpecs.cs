using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.Logging;

namespace Blog.ContractTests.Specs;

/// <summary>
/// docs/contract.md, "Live updates", over two instances of one host on the Redis backplane
/// (<see cref="LiveRedisHostFixture{TProgram}"/>): what one instance publishes reaches the other's clients, and the
/// access token of a hub's query reaches no log line, whatever the log levels.
/// </summary>
public abstract class LiveRedisSpecs(ILiveBlogHost host) : ContractSpec(host)
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(1);

    private Api On(int instance) => new(host.CreateClient(instance));

    private Task<LiveClient> ConnectAsync(int instance, string? token = null, HttpTransportType transport = HttpTransportType.WebSockets)
    {
        RequireInProcess("A SignalR client of the test server");
        return LiveClient.ConnectAsync(host.Server(instance), token, transport);
    }

    [Fact]
    public async Task A_client_of_one_instance_receives_the_comments_and_posts_written_through_the_other()
    {
        using var first = On(0);
        var author = await first.NewUserAsync();
        await using var reader = await ConnectAsync(1);
        await using var owner = await ConnectAsync(1, author.AccessToken);

        var post = await first.CreatePostAsync(author);
        Assert.True(JsonNode.DeepEquals(post, await reader.NextAsync("postPublished", p => p.Long("id") == post.Long("id"), Soon)));

        await reader.JoinAsync(post.Long("id"));
        var comment = await first.CreateCommentAsync(await first.NewUserAsync(), post.Long("id"));
        Assert.True(JsonNode.DeepEquals(comment, await reader.NextAsync("commentCreated", c => c.Long("id") == comment.Long("id"), Soon)));

        // A draft's comments reach its author's connection on the other instance, and no one else's.
        var draft = await first.CreatePostAsync(author, status: "draft");
        await owner.JoinAsync(draft.Long("id"));
        var own = await first.CreateCommentAsync(author, draft.Long("id"));
        Assert.Equal(own.Long("id"), (await owner.NextAsync("commentCreated", _ => true, Soon)).Long("id"));

        Assert.Equal(HttpStatusCode.NoContent, (await first.DeleteAsync($"/posts/{post.Long("id")}/comments/{comment.Long("id")}", author.AccessToken)).StatusCode);
        await reader.NextAsync("commentDeleted", c => c.Long("id") == comment.Long("id"), Soon);
        Assert.Empty(reader.Drain());
    }

    [Fact]
    public async Task The_access_token_of_a_hubs_query_reaches_no_log_line_even_at_trace_level()
    {
        RequireInProcess("Reading the host's log");
        using var first = On(0);
        var author = await first.NewUserAsync();
        var draft = await first.CreatePostAsync(author, status: "draft");
        host.Logs!.Clear();

        foreach (var transport in new[] { HttpTransportType.WebSockets, HttpTransportType.ServerSentEvents, HttpTransportType.LongPolling })
        {
            await using var owner = await ConnectAsync(0, author.AccessToken, transport);
            await owner.JoinAsync(draft.Long("id"));
            await first.CreateCommentAsync(author, draft.Long("id"));
            await owner.NextAsync("commentCreated", _ => true, TimeSpan.FromSeconds(5));
        }

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync(0, author.AccessToken + "x"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var entries = host.Logs.Entries;
        Assert.Contains(entries, e => e.Category.StartsWith("Microsoft.AspNetCore.SignalR", StringComparison.Ordinal) && e.Level == LogLevel.Trace);
        Assert.Contains(entries, e => e.Message.Contains("/hubs/posts/negotiate", StringComparison.Ordinal));
        var secret = author.AccessToken;
        // The token's signature part alone, too: a log that cut the token would still leak it.
        var signature = secret[(secret.LastIndexOf('.') + 1)..];
        var leaks = entries.Where(e => e.ToString().Contains(signature, StringComparison.Ordinal)
            || (e.Exception?.ToString().Contains(signature, StringComparison.Ordinal) ?? false)).ToList();
        Assert.True(leaks.Count == 0, "logged with the token (not repeated here): " + string.Join(", ", leaks.Select(e => $"{e.Level} {e.Category}")));
    }
}
