using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Microsoft.AspNetCore.SignalR;

namespace Blog.Hosting.Live;

/// <summary>
/// The hub at <c>/hubs/posts</c> (≈ a Channels consumer): anyone connects; <c>JoinPost</c> subscribes the connection
/// to a post it may see, <c>LeavePost</c> ends that. What it receives is sent by <see cref="LiveUpdates"/>.
/// </summary>
public sealed class PostsHub(ILiveData data, LiveConnections connections) : Hub
{
    public const string Path = "/hubs/posts";

    public override Task OnConnectedAsync()
    {
        if (Context.User?.IdOrNull() is { } userId) connections.Add(Context, userId);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>A missing post and one the caller may not see fail with the same words, like a 404.</summary>
    public async Task JoinPost(int postId)
    {
        var viewerId = Context.User?.IdOrNull();
        if (await data.PostAsync(postId, Context.ConnectionAborted) is not { } post
            || !PostPolicy.CanView(post.Status, post.AuthorId, viewerId))
            throw new HubException(PostErrors.NotFound().Message);
        await Groups.AddToGroupAsync(Context.ConnectionId, PostGroups.Readers(postId), Context.ConnectionAborted);
        if (post.AuthorId == viewerId)
            await Groups.AddToGroupAsync(Context.ConnectionId, PostGroups.Author(postId), Context.ConnectionAborted);
    }

    public async Task LeavePost(int postId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, PostGroups.Readers(postId), Context.ConnectionAborted);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, PostGroups.Author(postId), Context.ConnectionAborted);
    }
}
