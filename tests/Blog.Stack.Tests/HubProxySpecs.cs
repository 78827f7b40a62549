using System.Net.WebSockets;
using System.Text;

namespace Blog.Stack.Tests;

/// <summary>
/// The hub through the proxy, as mvc's page connects: WebSockets without the negotiate step, the access token in the
/// hub's URL. The upgrade reaches an instance, and the token reaches no line of nginx's access log.
/// </summary>
public sealed class HubProxySpecs(StackFixture stack)
{
    private const char RecordSeparator = '\u001e';

    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task A_browser_style_connection_joins_a_post_through_the_proxy_and_its_token_is_never_logged(string host)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var api = stack.ThroughProxy(host);
        var user = await api.NewUserAsync();
        var post = await api.CreatePostAsync(user);
        var path = $"{StackFixture.PrefixOf(host)}/hubs/posts";

        using var socket = new ClientWebSocket();
        var uri = new UriBuilder(stack.Proxy.BaseAddress) { Scheme = "ws", Path = path, Query = $"access_token={user.AccessToken}" }.Uri;
        await socket.ConnectAsync(uri, cancellationToken);
        await SendAsync(socket, """{"protocol":"json","version":1}""", cancellationToken);
        Assert.Equal("{}", await ReceiveAsync(socket, _ => true, cancellationToken));
        await SendAsync(socket, $$"""{"type":1,"invocationId":"1","target":"JoinPost","arguments":[{{post.Long("id")}}]}""", cancellationToken);
        var completion = await ReceiveAsync(socket, message => message.Contains("\"type\":3", StringComparison.Ordinal), cancellationToken);
        Assert.DoesNotContain("\"error\"", completion, StringComparison.Ordinal);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", cancellationToken);

        // nginx writes a WebSocket's line when the connection has ended, a moment after the close.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!stack.Proxy.AccessLog().Contains($"GET {path} ", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            await Task.Delay(50, cancellationToken);
        var log = stack.Proxy.AccessLog();
        Assert.Contains($"GET {path} HTTP/1.1\" 101 ", log, StringComparison.Ordinal);
        Assert.DoesNotContain(user.AccessToken, log, StringComparison.Ordinal);
        Assert.DoesNotContain("access_token", log, StringComparison.Ordinal);
    }

    private static Task SendAsync(ClientWebSocket socket, string message, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>The first hub message that matches (pings and other messages before it are skipped), within 10 s.</summary>
    private static async Task<string> ReceiveAsync(ClientWebSocket socket, Func<string, bool> matches, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var pending = new StringBuilder();
        var buffer = new byte[4096];
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
            if (end >= 0)
            {
                pending.Remove(0, end + 1);
                if (matches(text[..end])) return text[..end];
                continue;
            }
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException("The hub closed the connection.");
            pending.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
    }
}
