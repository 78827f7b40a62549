using Blog.Domain.Posts;
using Blog.Hosting.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Live;

/// <summary>
/// What the hosts' write paths call once they have written: the hub's events, to the connections that may receive
/// them (on every instance, with the Redis backplane). In a request they are sent when its answer starts — after
/// every commit, an idempotent create's included, and before the client has the answer — and only if the answer is
/// a success that wrote (not an error, not a replayed create). Sending never fails the write: a failure (Redis
/// away, the database gone) is logged as a warning.
/// </summary>
public sealed partial class LiveUpdates(
    IHubContext<PostsHub> hub, ILiveData data, IHttpContextAccessor http, ILogger<LiveUpdates> logger)
{
    private readonly List<Func<Task>> pending = [];

    /// <summary><paramref name="comment"/> is the comment as the API answers it.</summary>
    public Task CommentCreatedAsync(int postId, object comment) =>
        SendAsync(HubEvents.CommentCreated, () => SendToPostAsync(postId, HubEvents.CommentCreated, comment));

    public Task CommentDeletedAsync(int postId, int commentId) =>
        SendAsync(HubEvents.CommentDeleted, () => SendToPostAsync(postId, HubEvents.CommentDeleted, new CommentDeleted(commentId, postId)));

    /// <summary>
    /// Tells everyone of a post that became published (<paramref name="before"/> is null for a new post);
    /// <paramref name="post"/> is the post as an anonymous read answers it.
    /// </summary>
    public Task PostSavedAsync(PostStatus? before, PostStatus after, object post) =>
        after != PostStatus.Published || before == PostStatus.Published
            ? Task.CompletedTask
            : SendAsync(HubEvents.PostPublished, () => hub.Clients.All.SendAsync(HubEvents.PostPublished, post));

    private async Task SendAsync(string name, Func<Task> send)
    {
        if (http.HttpContext is not { } context)
        {
            await TryAsync(name, send);
            return;
        }
        if (pending.Count == 0) context.Response.OnStarting(() => FlushAsync(context));
        pending.Add(() => TryAsync(name, send));
    }

    private async Task FlushAsync(HttpContext context)
    {
        var response = context.Response;
        if (response.StatusCode >= StatusCodes.Status400BadRequest || response.Headers.ContainsKey(JsonAnswer.ReplayedHeader)) return;
        foreach (var send in pending) await send();
    }

    private async Task SendToPostAsync(int postId, string name, object argument)
    {
        // The post's current status and author: a comment of a draft reaches its author only.
        if (await data.PostAsync(postId, CancellationToken.None) is { } post)
            await hub.Clients.Group(PostGroups.Receiving(postId, post)).SendAsync(name, argument);
    }

    private async Task TryAsync(string name, Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            CouldNotSend(logger, exception, name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the hub event {EventName}; the write it follows stands")]
    private static partial void CouldNotSend(ILogger logger, Exception exception, string eventName);
}
