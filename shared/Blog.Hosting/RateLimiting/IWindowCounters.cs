namespace Blog.Hosting.RateLimiting;

/// <summary>
/// Fixed-window counters: a key's window starts with its first take and lasts the rule's window; its count is the
/// takes since, and beside it the refusals its caller noted in that same window (<see cref="LoginThrottle"/>), which
/// therefore end with it. In memory per instance, or in Redis for every instance (<see cref="RedisWindowCounters"/>).
/// Both throw <see cref="RateLimitsUnavailableException"/> when they cannot count.
/// </summary>
public interface IWindowCounters
{
    /// <summary>Counts one take for <paramref name="key"/>, starting its window if none runs.</summary>
    ValueTask<WindowCount> TakeAsync(string key, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Takes back one take of the window that runs now, if one does (a window that ended is not reopened).</summary>
    ValueTask GiveBackAsync(string key, CancellationToken cancellationToken);

    /// <summary>Notes one refusal in <paramref name="key"/>'s running window; none when no window runs (it ended meanwhile).</summary>
    ValueTask CountRefusalAsync(string key, CancellationToken cancellationToken);

    /// <summary>The refusals noted in <paramref name="key"/>'s running window; 0 when none runs.</summary>
    ValueTask<long> RefusalsAsync(string key, CancellationToken cancellationToken);
}
