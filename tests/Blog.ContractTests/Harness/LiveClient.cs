using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace Blog.ContractTests.Harness;

/// <summary>
/// A SignalR client (Microsoft.AspNetCore.SignalR.Client) of a host's hub at <c>/hubs/posts</c>, connected to its
/// in-process test server the way a browser connects: the access token in the <c>access_token</c> query (negotiate
/// and WebSocket alike). It keeps every event it receives, as raw JSON, for a spec to wait for.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    public static readonly string[] Events = ["commentCreated", "commentDeleted", "postPublished"];

    private readonly Channel<(string Name, JsonObject Argument)> received = Channel.CreateUnbounded<(string, JsonObject)>();
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var name in Events)
        {
            connection.On<JsonElement>(name, argument => received.Writer.TryWrite((name, JsonNode.Parse(argument.GetRawText())!.AsObject())));
        }

        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    /// <summary>Completes when the server closes the connection.</summary>
    public Task Closed => closed.Task;

    public static async Task<LiveClient> ConnectAsync(TestServer server, string? token, HttpTransportType transport = HttpTransportType.WebSockets)
    {
        var query = token is null ? "" : "?access_token=" + Uri.EscapeDataString(token);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/posts" + query), options =>
            {
                options.Transports = transport;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.WebSocketFactory = async (context, cancellationToken) =>
                    await server.CreateWebSocketClient().ConnectAsync(context.Uri, cancellationToken);
            })
            .Build();
        var client = new LiveClient(connection);
        try
        {
            await connection.StartAsync();
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return client;
    }

    public Task JoinAsync(long postId) => Connection.InvokeAsync("JoinPost", postId);

    public Task LeaveAsync(long postId) => Connection.InvokeAsync("LeavePost", postId);

    /// <summary>The next event named <paramref name="name"/> that <paramref name="match"/> accepts (others are passed over), or a failure after <paramref name="within"/>.</summary>
    public async Task<JsonObject> NextAsync(string name, Func<JsonObject, bool> match, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            while (true)
            {
                var (eventName, argument) = await received.Reader.ReadAsync(timeout.Token);
                if (eventName == name && match(argument)) return argument;
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new Xunit.Sdk.XunitException($"No {name} event that matched arrived within {within.TotalMilliseconds} ms.");
        }
    }

    /// <summary>Every event received so far and not yet read, as "name json" lines.</summary>
    public List<string> Drain()
    {
        var lines = new List<string>();
        while (received.Reader.TryRead(out var item)) lines.Add($"{item.Name} {item.Argument.ToJsonString()}");
        return lines;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
