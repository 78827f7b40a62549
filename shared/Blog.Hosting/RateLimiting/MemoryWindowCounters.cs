using System.Collections.Concurrent;

namespace Blog.Hosting.RateLimiting;

/// <summary>The counters of one instance, in its memory; windows that have ended are swept now and then.</summary>
public sealed class MemoryWindowCounters(TimeProvider clock) : IWindowCounters
{
    private const int SweepEvery = 4096;

    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);
    private int takes;

    public ValueTask<WindowCount> TakeAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref takes) % SweepEvery == 0) Sweep();
        while (true)
        {
            var entry = windows.GetOrAdd(key, static _ => new Window());
            lock (entry)
            {
                // Swept between the lookup and the lock: count in the entry that replaces it.
                if (entry.Removed) continue;
                var now = clock.GetUtcNow();
                if (now >= entry.EndsAt) (entry.Count, entry.Refusals, entry.EndsAt) = (0, 0, now + window);
                entry.Count++;
                return ValueTask.FromResult(new WindowCount(entry.Count, entry.EndsAt - now));
            }
        }
    }

    public ValueTask GiveBackAsync(string key, CancellationToken cancellationToken)
    {
        if (windows.TryGetValue(key, out var entry))
        {
            lock (entry)
            {
                if (!entry.Removed && clock.GetUtcNow() < entry.EndsAt && entry.Count > 0) entry.Count--;
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask CountRefusalAsync(string key, CancellationToken cancellationToken)
    {
        if (windows.TryGetValue(key, out var entry))
        {
            lock (entry)
            {
                if (!entry.Removed && clock.GetUtcNow() < entry.EndsAt) entry.Refusals++;
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<long> RefusalsAsync(string key, CancellationToken cancellationToken)
    {
        if (!windows.TryGetValue(key, out var entry)) return ValueTask.FromResult(0L);
        lock (entry) return ValueTask.FromResult(!entry.Removed && clock.GetUtcNow() < entry.EndsAt ? entry.Refusals : 0L);
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in windows)
        {
            lock (entry)
            {
                if (now < entry.EndsAt) continue;
                entry.Removed = true;
                windows.TryRemove(new KeyValuePair<string, Window>(key, entry));
            }
        }
    }

    private sealed class Window
    {
        public long Count;
        public long Refusals;
        public DateTimeOffset EndsAt;
        public bool Removed;
    }
}
