using System.Threading.Channels;

namespace MinimalApi.Background;

/// <summary>
/// Work to do after the response, like FastAPI's BackgroundTasks: a handler adds a user id,
/// <see cref="TokenSweeper"/> prunes that user's dead logins off the request path. The lighter counterpart of the
/// durable jobs (Blog.Hosting.Jobs), kept as the course's example of in-process background work.
/// </summary>
public sealed class TokenSweepQueue
{
    private readonly Channel<int> _users = Channel.CreateBounded<int>(
        new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Add(int userId) => _users.Writer.TryWrite(userId);

    public IAsyncEnumerable<int> ReadAllAsync(CancellationToken cancellationToken) => _users.Reader.ReadAllAsync(cancellationToken);
}
