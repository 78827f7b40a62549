using System.Globalization;

namespace Blog.Hosting.Caching;

/// <summary>The generation of one instance, in its memory (no Redis): it knows only this instance's writes.</summary>
public sealed class MemoryCacheGenerations : ICacheGenerations
{
    private long generation;

    public ValueTask<string> CurrentAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Interlocked.Read(ref generation).ToString(CultureInfo.InvariantCulture));

    public ValueTask IncrementAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref generation);
        return ValueTask.CompletedTask;
    }
}
