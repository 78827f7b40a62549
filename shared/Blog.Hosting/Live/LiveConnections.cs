using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Blog.Hosting.Live;

/// <summary>This instance's authenticated hub connections, so that <see cref="DeactivatedUsersWatch"/> can close them.</summary>
public sealed class LiveConnections
{
    private readonly ConcurrentDictionary<string, (HubCallerContext Context, int UserId)> connections = new();

    public void Add(HubCallerContext context, int userId) => connections[context.ConnectionId] = (context, userId);

    public void Remove(string connectionId) => connections.TryRemove(connectionId, out _);

    public IReadOnlyCollection<int> UserIds() => connections.Values.Select(c => c.UserId).Distinct().ToList();

    public void Close(IReadOnlyCollection<int> userIds)
    {
        foreach (var (context, userId) in connections.Values)
        {
            if (userIds.Contains(userId)) context.Abort();
        }
    }
}
