namespace Blog.Hosting.RateLimiting;

/// <summary>
/// Fixed-window counters: a key's window starts with its first take and lasts the rule's window; its count is the
/// takes since. In memory per instance, or in Redis for every instance (<see cref="RedisWindowCounters"/>).
/// Both throw <see cref="RateLimitsUnavailableException"/> when they cannot count.
/// </summary>
public interface IWindowCounters
{
    /// <summary>Counts one take for <paramref name="key"/>, starting its window if none runs.</summary>
    ValueTask<WindowCount> TakeAsync(string key, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>The count of <paramref name="key"/>'s running window; 0 when none runs.</summary>
    ValueTask<long> CountAsync(string key, CancellationToken cancellationToken);

    /// <summary>Takes back one take of the window that runs now, if one does (a window that ended is not reopened).</summary>
    ValueTask GiveBackAsync(string key, CancellationToken cancellationToken);
}
